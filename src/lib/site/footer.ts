/**
 * What the footer and the accessibility page show of the site's identity (content/site.yaml),
 * as government sites do: only the fields that are filled, record numbers linked to their
 * registries, the contact as links. One small module, so every page says it the same way.
 */
import type { SiteIdentity } from './identity.ts';

/** The ICP record system, where an ICP number is checked. */
export const ICP_REGISTRY_URL = 'https://beian.miit.gov.cn/';

/** The public security record system; the record code is the number's digits. */
export const publicSecurityUrl = (number: string) =>
  `http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${number.replace(/\D/g, '')}`;

/** One line of the footer's identity block; `href` when it links to a registry or contact. */
export interface FooterItem {
  label: string;
  text: string;
  href?: string;
}

/** 主办/承办单位, 网站标识码 and the record numbers: only the fields that are filled. */
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

/** 我为政府网站找错 and the 党政机关网站标识, as links: only those site.yaml sets. */
export function accountLinks(identity: SiteIdentity): Required<FooterItem>[] {
  const items: (Required<FooterItem> | false)[] = [
    identity.errorReportUrl !== undefined && {
      label: '我为政府网站找错',
      text: '我为政府网站找错',
      href: identity.errorReportUrl,
    },
    identity.govSiteMark !== undefined && {
      label: '党政机关网站标识',
      text: '党政机关网站标识',
      href: identity.govSiteMark.url,
    },
  ];
  return items.filter((item): item is Required<FooterItem> => item !== false);
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

/** The footer's first line: who publishes the site, who issued the text, which text prevails. */
export const creditLine = (identity: SiteIdentity, issuers: readonly string[]) =>
  `本站由${identity.publisher}发布。${issuers.length > 0 ? `报告原文由${issuers.join('、')}发布。` : ''}本站照录原文，如有出入，以官方发布文本为准。`;

/** The accessibility statement's contact: the publisher, its website, and the contact fields when filled. */
export function accessibilityContact(identity: SiteIdentity): string {
  const contact = contactItems(identity).map((item) => `${item.label}：${item.text}`);
  return (
    `本站由${identity.publisher}发布。如果您在使用本站时遇到障碍，请通过${identity.publisherSite}（${identity.publisherUrl}）` +
    `${contact.length > 0 ? `或以下方式（${contact.join('；')}）` : ''}与${identity.publisher}联系，说明遇到障碍的页面和情况，我们会尽快改进。`
  );
}
