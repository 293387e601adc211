/**
 * The site's identity, as content (content/site.yaml): its name and city, who publishes it,
 * and what a Chinese government website shows (主办/承办单位, 网站标识码, ICP 备案号,
 * 公安机关备案号, 联系我们). One schema, one loader, read with the reports' own parser and
 * reported in their message format (file, line, field, Chinese and English): by the build, the
 * dev server and `npm run check`. Nothing here is ever made up: an optional field left empty is
 * simply not shown, and a production build warns about it.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { decodeText, parseYamlFile } from '../content/entry.ts';
import { nameText, optionalText, plainText, webAddress } from '../content/field-schemas.ts';
import { reporter, says, type Problem } from '../content/messages.ts';
import { formatPath, formatProblemList } from '../content/print-problems.ts';
import { readError } from '../content/read-files.ts';

/** Where the settings live, relative to the project root. */
export const SITE_IDENTITY_FILE = 'content/site.yaml';

/** Largest settings file: a few hundred bytes are filled in; anything near this is a mistake. */
const MAX_BYTES = 64 * 1024;

/** A setting in an issued format: empty (not issued yet) or written as issued. */
const issued = (max: number, pattern: RegExp, zh: string, en: string) =>
  optionalText(max).refine((value) => value === '' || pattern.test(value), { error: says(zh, en) });

export const siteIdentitySchema = z
  .object({
    /** 网站名称: the site's name, in every page title, the header and the feed. */
    name: nameText(),
    /** 城市: the city whose report this is (鞍山市), in titles and citations. */
    city: plainText().max(20, { error: says('城市名称最多 20 个字。', 'A city name has at most 20 characters.') }),
    /** 发布单位: who publishes this site: the footer's 「本站由…发布」, the accessibility contact. */
    publisher: nameText(),
    /** 发布单位网站: the publisher's own website, where readers reach it. */
    publisherUrl: webAddress(),
    /** What readers call that website (鞍山市司法局网站), in the accessibility statement. */
    publisherSite: nameText(),
    /** 主办单位: the organisation that owns the site (its full name). */
    sponsor: optionalText(80).default(''),
    /** 承办单位: the organisation that runs it day to day. */
    operator: optionalText(80).default(''),
    /** 网站标识码: the 10-character code issued to every government website. */
    siteIdCode: issued(
      10,
      /^[0-9A-Za-z]{10}$/,
      '网站标识码应为 10 位数字或字母，请按核发的编码填写。',
      'The site ID code has 10 letters or digits: copy it as issued.',
    ).default(''),
    /** ICP 备案号 as the MIIT record system writes it: 辽ICP备…号, maybe with -1. */
    icp: issued(
      40,
      /^\p{Script=Han}ICP备\d+号(-\d+)?$/u,
      'ICP 备案号的写法应为「辽ICP备12345678号」或「辽ICP备12345678号-1」。',
      'Write the ICP number as issued, e.g. 辽ICP备12345678号-1.',
    ).default(''),
    /** 公安机关备案号: 辽公网安备…号; the link to its record is made from its digits. */
    publicSecurity: issued(
      40,
      /^\p{Script=Han}公网安备\s?\d{14}号$/u,
      '公安机关备案号的写法应为「辽公网安备21030000000000号」（14 位数字）。',
      'Write the public security number as issued: 辽公网安备 followed by 14 digits and 号.',
    ).default(''),
    /** 网站地址: the published address (https://…); empty means links stay root-relative and
     *  nothing absolute (QR codes, canonical, sitemap) is made. SITE_URL overrides it. */
    siteUrl: issued(
      200,
      /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
      '网站地址应为「https://域名/」的形式。',
      'Write the site address as https://your.domain/.',
    ).default(''),
    /**
     * 党政机关网站标识: the address its issuer gives for checking this site's registration. Shown
     * in the footer as a text link (the mark's image is the issuer's, and the site makes no
     * third-party request); absent, nothing is shown.
     */
    govSiteMark: z
      .object({
        /** The address the mark links to, as issued (http:// or https://). */
        url: webAddress(),
      })
      .strict()
      .optional(),
    /** 我为政府网站找错: this site's page on the national error-report platform; absent, no link. */
    errorReportUrl: webAddress().optional(),
    /** 联系我们: where readers report an error or ask a question. */
    contact: z
      .object({
        /** Postal address. */
        address: optionalText(120).default(''),
        /** Telephone, digits with - ( ) + and spaces: its tel: link is made from its digits. */
        phone: issued(
          40,
          /^[0-9+()\- ]{5,}$/,
          '电话只能包含数字和 - ( ) +。',
          'A phone number has digits and - ( ) + only.',
        ).default(''),
        /** Email address: its mailto: link is the address itself, so it holds no spaces, quotes or < >. */
        email: issued(
          120,
          /^[^\s@<>"'?&]+@[^\s@<>"'?&]+\.[^\s@<>"'?&]+$/,
          '电子邮箱格式不正确。',
          'This is not an email address.',
        ).default(''),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type SiteIdentity = z.infer<typeof siteIdentitySchema>;

/** Every optional setting, by its path in site.yaml, with the name staff and readers know it by. */
export const IDENTITY_FIELDS = [
  { path: ['sponsor'], zh: '主办单位', en: 'sponsor' },
  { path: ['operator'], zh: '承办单位', en: 'operator' },
  { path: ['siteIdCode'], zh: '网站标识码', en: 'site ID code' },
  { path: ['icp'], zh: 'ICP备案号', en: 'ICP record number' },
  { path: ['publicSecurity'], zh: '公安机关备案号', en: 'public security record number' },
  { path: ['contact', 'address'], zh: '联系地址', en: 'contact address' },
  { path: ['contact', 'phone'], zh: '联系电话', en: 'contact phone' },
  { path: ['contact', 'email'], zh: '电子邮箱', en: 'contact email' },
  { path: ['errorReportUrl'], zh: '我为政府网站找错入口', en: 'error report address (我为政府网站找错)' },
  { path: ['govSiteMark', 'url'], zh: '党政机关网站标识', en: 'government website mark (党政机关网站标识)' },
] as const;

/** A setting's value, '' when it (or the group it belongs to) is not given. */
const valueAt = (identity: SiteIdentity, fieldPath: readonly string[]) =>
  (fieldPath.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], identity) as
    string | undefined) ?? '';

/** The optional settings still empty, in the order of the file. */
export const missingIdentityFields = (identity: SiteIdentity) =>
  IDENTITY_FIELDS.filter((field) => valueAt(identity, field.path) === '');

/** The warning a production build prints for each empty setting. */
export const missingFieldWarning = (field: (typeof IDENTITY_FIELDS)[number]) =>
  `${SITE_IDENTITY_FILE}：「${field.zh}」（${formatPath([...field.path])}）尚未填写，页脚不显示该项。请按主管部门核发的信息填写，不要编造。\n` +
  `${SITE_IDENTITY_FILE}: ${field.en} (${formatPath([...field.path])}) is empty and left out of the footer. Fill it in as issued; never make one up.`;

/** Reads and checks site.yaml text: the settings, or null with the problems (file, line, field, zh, en). */
export function checkSiteIdentity(
  source: string | Uint8Array,
  file = SITE_IDENTITY_FILE,
): { identity: SiteIdentity | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = decodeText(source, reporter(file, { problems }));
  const identity = text === null ? null : parseYamlFile(file, text, siteIdentitySchema, problems);
  return { identity, problems };
}

/** Reads content/site.yaml under `root`: a link, a folder, a missing, unreadable or huge file is said so. */
export function readSiteIdentity(root: string): { identity: SiteIdentity | null; problems: Problem[] } {
  const full = path.join(root, SITE_IDENTITY_FILE);
  const fail = (zh: string, en: string) => ({
    identity: null,
    problems: [{ file: SITE_IDENTITY_FILE, zh, en, severity: 'error' as const }],
  });
  try {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink())
      return fail(
        '这是一个符号链接（快捷方式），不是真正的文件：请用真正的 site.yaml 文件替换它。',
        'This is a symbolic link, not a real file: replace it with the real site.yaml.',
      );
    if (stat.isDirectory())
      return fail(
        'site.yaml 是一个文件夹，这里应当是网站信息设置文件：请删除这个文件夹，放入 site.yaml 文件（可从版本库恢复）。',
        'site.yaml is a folder where the site settings file belongs: remove it and put the file site.yaml here (restore it from the repository).',
      );
    if (stat.size > MAX_BYTES)
      return fail(
        `文件太大（${Math.round(stat.size / 1024)} KB）：网站信息设置只有几百字。是不是放错了文件？`,
        `The file is too large (${Math.round(stat.size / 1024)} KB): the site settings are a few hundred characters. Is this the wrong file?`,
      );
    return checkSiteIdentity(readFileSync(full));
  } catch (error) {
    const said = readError(error);
    return fail(said.zh, said.en);
  }
}

/** A site.yaml that cannot be used: its problems, printed as the content check prints them. */
export class SiteIdentityError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(formatProblemList(problems).join('\n').trim());
    this.problems = problems;
    this.name = 'SiteIdentityError';
  }
}

/** Reads and checks site.yaml text; throws a SiteIdentityError listing every problem. */
export function parseSiteIdentity(source: string, file = SITE_IDENTITY_FILE): SiteIdentity {
  const { identity, problems } = checkSiteIdentity(source, file);
  if (!identity) throw new SiteIdentityError(problems);
  return identity;
}

/** Reads content/site.yaml under `root` (the project root; the working directory by default), or throws. */
export function loadSiteIdentity(root = process.cwd()): SiteIdentity {
  const { identity, problems } = readSiteIdentity(root);
  if (!identity) throw new SiteIdentityError(problems);
  return identity;
}

let cached: SiteIdentity | undefined;

/** The settings of the project being built, read once per build. */
export const siteIdentity = (): SiteIdentity => (cached ??= loadSiteIdentity());

/**
 * Site-wide names, as pages use them: read from content/site.yaml when first used (the build has
 * checked it before any page renders). `lang` is the pages' language, a fact of the templates.
 */
export const SITE = {
  get name() {
    return siteIdentity().name;
  },
  get city() {
    return siteIdentity().city;
  },
  get publisher() {
    return siteIdentity().publisher;
  },
  get publisherUrl() {
    return siteIdentity().publisherUrl;
  },
  lang: 'zh-CN',
} as const;
