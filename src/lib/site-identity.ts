/**
 * The site's identity as a Chinese government website (content/site.yaml): 主办/承办单位,
 * 网站标识码, ICP 备案号, 公安机关备案号 and 联系我们. Staff fill it in once; the footer shows
 * what is filled, and a production build warns about each field still empty. Nothing here
 * is ever made up: an empty field stays empty and is simply not shown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { z } from 'zod';

/** A message for staff: Chinese, then English on the next line. */
const bi = (zh: string, en: string) => `${zh}\n${en}`;

/** Where the settings live, relative to the project root. */
export const SITE_IDENTITY_FILE = 'content/site.yaml';

/** The ICP record system, where an ICP number is checked. */
export const ICP_REGISTRY_URL = 'https://beian.miit.gov.cn/';

/** The public security record system; the record code is the number's digits. */
export const publicSecurityUrl = (number: string) =>
  `http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${number.replace(/\D/g, '')}`;

/** An optional text: empty means "not issued yet". */
const optional = (pattern?: RegExp, zh = '', en = '') =>
  pattern
    ? z
        .string()
        .trim()
        .refine((value) => value === '' || pattern.test(value), { message: bi(zh, en) })
        .default('')
    : z.string().trim().default('');

export const siteIdentitySchema = z
  .object({
    /** 主办单位: the organisation that owns the site (its full name). */
    sponsor: optional(),
    /** 承办单位: the organisation that runs it day to day. */
    operator: optional(),
    /** 网站标识码: the 10-character code issued to every government website. */
    siteIdCode: optional(
      /^[0-9A-Za-z]{10}$/,
      '网站标识码应为 10 位数字或字母，请按核发的编码填写。',
      'The site ID code has 10 letters or digits: copy it as issued.',
    ),
    /** ICP 备案号 as the MIIT record system writes it: 辽ICP备…号, maybe with -1. */
    icp: optional(
      /^\p{Script=Han}ICP备\d+号(-\d+)?$/u,
      'ICP 备案号的写法应为「辽ICP备12345678号」或「辽ICP备12345678号-1」。',
      'Write the ICP number as issued, e.g. 辽ICP备12345678号-1.',
    ),
    /** 公安机关备案号: 辽公网安备…号; the link to its record is made from its digits. */
    publicSecurity: optional(
      /^\p{Script=Han}公网安备\s?\d{14}号$/u,
      '公安机关备案号的写法应为「辽公网安备21030000000000号」（14 位数字）。',
      'Write the public security number as issued: 辽公网安备 followed by 14 digits and 号.',
    ),
    /** 网站地址: the published address (https://…); empty means links stay root-relative and
     *  nothing absolute (QR codes, canonical, sitemap) is made. SITE_URL overrides it. */
    siteUrl: optional(
      /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
      '网站地址应为「https://域名/」的形式。',
      'Write the site address as https://your.domain/.',
    ),
    /** 联系我们: where readers report an error or ask a question. */
    contact: z
      .object({
        /** Postal address. */
        address: optional(),
        /** Telephone, digits with - ( ) + and spaces. */
        phone: optional(
          /^[0-9+()\- ]{5,}$/,
          '电话只能包含数字和 - ( ) +。',
          'A phone number has digits and - ( ) + only.',
        ),
        /** Email address. */
        email: optional(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, '电子邮箱格式不正确。', 'This is not an email address.'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type SiteIdentity = z.infer<typeof siteIdentitySchema>;

/** Every setting, by its path in site.yaml, with the name staff and readers know it by. */
export const IDENTITY_FIELDS = [
  { path: ['sponsor'], zh: '主办单位', en: 'sponsor' },
  { path: ['operator'], zh: '承办单位', en: 'operator' },
  { path: ['siteIdCode'], zh: '网站标识码', en: 'site ID code' },
  { path: ['icp'], zh: 'ICP备案号', en: 'ICP record number' },
  { path: ['publicSecurity'], zh: '公安机关备案号', en: 'public security record number' },
  { path: ['contact', 'address'], zh: '联系地址', en: 'contact address' },
  { path: ['contact', 'phone'], zh: '联系电话', en: 'contact phone' },
  { path: ['contact', 'email'], zh: '电子邮箱', en: 'contact email' },
] as const;

const valueAt = (identity: SiteIdentity, fieldPath: readonly string[]) =>
  fieldPath.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], identity) as string;

/** The settings still empty, in the order of the file. */
export const missingIdentityFields = (identity: SiteIdentity) =>
  IDENTITY_FIELDS.filter((field) => valueAt(identity, field.path) === '');

/** The warning a production build prints for each empty setting. */
export const missingFieldWarning = (field: (typeof IDENTITY_FIELDS)[number]) =>
  bi(
    `${SITE_IDENTITY_FILE}：「${field.zh}」（${field.path.join('.')}）尚未填写，页脚不显示该项。请按主管部门核发的信息填写，不要编造。`,
    `${SITE_IDENTITY_FILE}: ${field.en} (${field.path.join('.')}) is empty and left out of the footer. Fill it in as issued; never make one up.`,
  );

/** A problem in site.yaml, located for staff. */
export class SiteIdentityError extends Error {}

const lineOf = (doc: Document, source: string, fieldPath: readonly PropertyKey[]) => {
  let node: unknown = doc.contents;
  for (const key of fieldPath) {
    if (isMap(node) || isSeq(node)) node = node.get(key, true) ?? node;
    else break;
  }
  const offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0;
  return source.slice(0, offset).split('\n').length;
};

/** Reads and checks site.yaml text; throws one message listing every problem. */
export function parseSiteIdentity(source: string, file = SITE_IDENTITY_FILE): SiteIdentity {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new SiteIdentityError(
      `▶ ${file}\n  ✗ 错误 error (第 ${error.linePos?.[0].line ?? 1} 行 line ${error.linePos?.[0].line ?? 1})\n    YAML 格式有误，请检查缩进和引号。\n    The YAML is malformed: check indentation and quotes.`,
    );
  }
  const result = siteIdentitySchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const line = lineOf(doc, source, issue.path);
    const [zh, en] = issue.message.includes('\n')
      ? issue.message.split('\n')
      : ['该项不是允许的设置，请删除或检查拼写。', issue.message];
    return `  ✗ 错误 error (第 ${line} 行 line ${line} · 字段 field ${issue.path.join('.')})\n    ${zh}\n    ${en}`;
  });
  throw new SiteIdentityError(`▶ ${file}\n${lines.join('\n')}`);
}

/** Reads content/site.yaml under `root` (the project root; the working directory by default). */
export const loadSiteIdentity = (root = process.cwd()): SiteIdentity =>
  parseSiteIdentity(readFileSync(path.join(root, SITE_IDENTITY_FILE), 'utf8'));

/** One line of the footer's identity block; `href` when it links to a registry or contact. */
export interface FooterItem {
  label: string;
  text: string;
  href?: string;
}

/** What the footer shows, as government sites do: only the fields that are filled. */
export function footerItems(identity: SiteIdentity): FooterItem[] {
  const items: (FooterItem | false)[] = [
    identity.sponsor !== '' && { label: '主办单位', text: identity.sponsor },
    identity.operator !== '' && { label: '承办单位', text: identity.operator },
    identity.siteIdCode !== '' && { label: '网站标识码', text: identity.siteIdCode },
    identity.icp !== '' && { label: 'ICP备案号', text: identity.icp, href: ICP_REGISTRY_URL },
    identity.publicSecurity !== '' && {
      label: '公安机关备案号',
      text: identity.publicSecurity,
      href: publicSecurityUrl(identity.publicSecurity),
    },
  ];
  return items.filter((item): item is FooterItem => item !== false);
}

/** 联系我们: the filled contact fields, phone and email as links. */
export function contactItems(identity: SiteIdentity): FooterItem[] {
  const { address, phone, email } = identity.contact;
  const items: (FooterItem | false)[] = [
    address !== '' && { label: '地址', text: address },
    phone !== '' && { label: '电话', text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}` },
    email !== '' && { label: '电子邮箱', text: email, href: `mailto:${email}` },
  ];
  return items.filter((item): item is FooterItem => item !== false);
}

let cached: SiteIdentity | undefined;

/** The settings of the project being built, read once per build. */
export const siteIdentity = (): SiteIdentity => (cached ??= loadSiteIdentity());
