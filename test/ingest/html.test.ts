import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlToText } from '../../src/ingest/html.js';
import type { Encoding } from '../../src/types.js';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>标题</title></head><body>${body}</body></html>`;

const pages: Array<[label: string, html: string, text: string]> = [
  ['paragraphs', page('<p>第一段。</p><p>第二段。</p>'), '第一段。\n第二段。'],
  ['block elements and <br>', page('<div>甲<br>乙</div><h2>丙</h2><ul><li>丁<li>戊</ul>'), '甲\n乙\n丙\n丁\n戊'],
  ['unclosed paragraphs', page('<p>一<p>二<div>三</div>'), '一\n二\n三'],
  ['inline elements join', page('<p>全年<span style="color:red">开展</span>培训<b>3</b>场</p>'), '全年开展培训3场'],
  ['table rows and cells', page('<table><tr><td>项目<td>数量<tr><th>培训</th><th>3场</th></table>'), '项目\t数量\n培训\t3场'],
  ['source line breaks are spaces', page('<p>\n  依法\n  行政\n</p>'), '依法 行政'],
  [
    'chrome dropped',
    page(
      '<header>网站标题</header><nav><a>首页</a></nav><form><input value="搜索"><button>搜索</button></form>' +
        '<aside>热点</aside><p>正文</p><footer>版权所有 联系我们</footer>',
    ),
    '正文',
  ],
  [
    'scripts, styles and comments dropped, even holding markup',
    page('<script>document.write("<p>脚本</p></div>")</script><style>p{font-family:"宋体"}</style><!-- <p>注释</p> --><p>正文</p><noscript>请启用脚本</noscript>'),
    '正文',
  ],
  ['quoted ">" in attributes', page('<p><a title="a>b" href=\'x\'>链接</a></p>'), '链接'],
  ['no <body>', '<p>片段一</p><p>片段二</p>', '片段一\n片段二'],
  [
    'the article container, not the page around it',
    page(
      '<div class="location">当前位置：首页 &gt; 政务公开</div><div class="article"><h1>关于二〇二一年法治政府建设的报告</h1>' +
        '<div id="zoom" class="TRS_Editor"><p>一、加强组织领导，统筹推进法治政府建设。</p><p>二、全面提升服务，依法全面履行政府职能。</p></div>' +
        '<div class="share">分享到微信</div></div>',
    ),
    '一、加强组织领导，统筹推进法治政府建设。\n二、全面提升服务，依法全面履行政府职能。',
  ],
  [
    'a "content" box holding little of the text is not the article',
    page('<div class="content-tips">温馨提示</div><p>一、加强组织领导，统筹推进法治政府建设。</p>'),
    '温馨提示\n一、加强组织领导，统筹推进法治政府建设。',
  ],
];

describe('htmlToText', () => {
  it.each(pages)('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('character references (decoded by htmlparser2, as a browser does)', () => {
  it.each([
    ['&ldquo;放管服&rdquo;', '“放管服”'],
    ['A&amp;B &lt;p&gt;', 'A&B <p>'],
    ['&#x4E2D;&#22269;', '中国'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&#0;&#xD800;', '\ufffd\ufffd'],
    ['同比增长&permil;5&middot;全年&yen;120亿元', '同比增长‰5·全年¥120亿元'],
    ['&unknown; & &amp', '&unknown; & &'],
    ['&lceil;x&rceil; &Ccaron;', '⌈x⌉ Č'],
  ])('%s → %s', (html, text) => {
    expect(htmlToText(`<p>${html}</p>`)).toBe(text);
  });
});

describe('declaredCharset', () => {
  it.each<[string, Encoding | null]>([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">', 'gb18030'],
    ["<meta content='text/html;charset=gb18030' http-equiv='Content-Type'>", 'gb18030'],
    ['<meta charset=utf-8>', 'utf-8'],
    ['<meta charset="big5">', null],
    ['<html><head><title>无声明</title></head></html>', null],
  ])('%s → %s', (head, encoding) => {
    expect(declaredCharset(Buffer.from(head))).toBe(encoding);
  });
});
