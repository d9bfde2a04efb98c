// 检索: being built (ui-b replaces this stub).
import { h } from '../dom.js';
import { pageHeading } from '../layout.js';

export async function render(root: HTMLElement): Promise<void> {
  root.append(pageHeading('检索'), h('p', { class: 'notice' }, '建设中：此页面尚未完成。'));
}
