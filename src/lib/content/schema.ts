/**
 * The shape of a report's content, as zod schemas. `src/content.config.ts` builds the
 * Astro collections from them, and `npm run check` / the build's content check validate
 * the same files with them, so a rule is written once.
 *
 * Rules that need only one field or one entry live here (in `superRefine`); rules that
 * need the Markdown body or several files live in `checks/`.
 */
import { z } from 'astro/zod';
import { QUALIFIER_KINDS, QUALIFIER_WORDS, UNITS } from '../figures/units.ts';
import { RESERVED_SLUGS } from './reserved-names.ts';
import { SECTION_KINDS } from './section-kinds.ts';
import { parseFigure } from '../figures/parse.ts';
import { chartSchema, checkChartIds } from './chart-schema.ts';
import { idLength, idSchema, KEBAB_CASE, plainText, nameText, numberOf, webAddress } from './field-schemas.ts';
import { say, says } from './messages.ts';

/** Every qualifier word, for messages: 余、多、超过、以上…. */
const allQualifierWords = Object.values(QUALIFIER_WORDS).flat().join('、');


/** How a stated percentage is computed from two other figures, so the build can recompute it. */
const rateSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** A fall from one count to another: (from − to) ÷ from. */
      kind: z.literal('decrease'),
      /** Id of the figure before. */
      from: idSchema,
      /** Id of the figure after. */
      to: idSchema,
    })
    .strict(),
  z
    .object({
      /** A rise from one count to another: (to − from) ÷ from. */
      kind: z.literal('increase'),
      from: idSchema,
      to: idSchema,
    })
    .strict(),
  z
    .object({
      /** A share: part ÷ whole. */
      kind: z.literal('share'),
      /** Id of the part. */
      part: idSchema,
      /** Id of the whole. */
      whole: idSchema,
    })
    .strict(),
]);

/** The fields of one figure, before the rules that tie them together. */
const metricFields = z
  .object({
    /** Stable kebab-case id; also the figure's anchor on its page (#legal-aid-cases). */
    id: idSchema,
    /** What is counted, in Chinese, understandable out of context: 受理法律援助案件. */
    label: nameText(),
    /**
     * The value in base units: 22万余次 → 220000, 3.81亿元 → 381000000, 98.8% → 98.8.
     * Left empty (null) in a report scaffolded by `npm run new-report` until staff fill it.
     */
    value: numberOf('value').nonnegative().nullable(),
    /** The unit, one of the units the reports use. For money (万元, 亿元) it is 元. */
    unit: z.enum(UNITS, {
      error: says(
        `单位必须是以下之一：${UNITS.join('、')}。金额（万元、亿元）的单位填「元」。`,
        `Unit must be one of: ${UNITS.join(', ')}. For money (万元, 亿元) use 元.`,
      ),
    }),
    /** The figure exactly as written in the text: 22万余次. Empty (null) until filled, like value. */
    text: plainText().nullable(),
    /**
     * The words around the number: more-than (余 多 超过), at-least (以上), at-most (以内 以下
     * 不超过), about (近 约 左右). Required exactly when the text has one of these words.
     */
    qualifier: z.enum(QUALIFIER_KINDS).optional(),
    /** Words just before the figure, needed only when the same figure appears twice in a section. */
    context: plainText().optional(),
    /** Id of the whole this figure is part of (刑事3016件 is part of 法律援助案件3721件). */
    partOf: idSchema.optional(),
    /** True when the parts that name this figure in `partOf` add up to it exactly. */
    partsSum: z.boolean().optional(),
    /** For a stated rate: how to recompute it from other figures. */
    rate: rateSchema.optional(),
    /**
     * Set by `npm run new-report -- --from` on a figure new this year: its id and label were
     * made up by the importer. `npm run check` lists it until staff confirm both and delete the line.
     */
    provisional: z.boolean().optional(),
  })
  .strict();

/** One figure of the report, as data: its text, value, unit and qualifier must agree. */
export const metricSchema = metricFields.superRefine((metric, ctx) => {
    // Not filled in yet: checks/drafts.ts lists unfilled figures once per section (see `isFilled`).
    if (metric.value === null || metric.text === null) return;
    const parsed = parseFigure(metric.text);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: say(
          `无法识别「${metric.text}」：text 应是原文中的数字连同单位，例如「3721件」「22万余次」「3.81亿元」「95%以上」。`,
          `Cannot read "${metric.text}": text must be the figure with its unit as written, e.g. 3721件, 22万余次, 3.81亿元, 95%以上.`,
        ),
      });
      return;
    }
    if (parsed.unit === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: say(
          `「${metric.text}」缺少单位：请把原文中紧跟数字的单位一并写上（例如「${metric.text}${metric.unit}」）。`,
          `"${metric.text}" has no unit: include the unit that follows the number in the text (e.g. "${metric.text}${metric.unit}").`,
        ),
      });
    } else if (parsed.unit !== metric.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: say(
          `单位与原文不符：原文「${metric.text}」的单位是「${parsed.unit}」，这里填写的是「${metric.unit}」。`,
          `Unit does not match the text: "${metric.text}" is in ${parsed.unit}, but unit is ${metric.unit}.`,
        ),
      });
    }
    if (parsed.value !== metric.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: say(
          `数值与原文不符：原文「${metric.text}」折合 ${parsed.value}，这里填写的是 ${metric.value}。value 要用基本单位（万 = 10000，亿 = 100000000），请改为 ${parsed.value}。`,
          `Value does not match the text: "${metric.text}" is ${parsed.value} in base units, but value is ${metric.value}. Set value to ${parsed.value}.`,
        ),
      });
    }
    if (parsed.qualifier !== (metric.qualifier ?? null)) {
      const expected = parsed.qualifier
        ? say(
            `原文「${metric.text}」带有「${parsed.qualifierWord}」，请填写 qualifier: ${parsed.qualifier}。`,
            `The text "${metric.text}" says ${parsed.qualifierWord}: set qualifier: ${parsed.qualifier}.`,
          )
        : say(
            `原文「${metric.text}」没有「${allQualifierWords}」这类字，请删除 qualifier。`,
            `The text "${metric.text}" has none of ${allQualifierWords}: remove qualifier.`,
          );
      ctx.addIssue({ code: 'custom', path: ['qualifier'], message: expected });
    }
    if (metric.unit === '%' && metric.value > 100 && metric.rate?.kind !== 'increase') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: say(
          `百分比应在 0 到 100 之间，这里是 ${metric.value}。`,
          `A percentage must be between 0 and 100; this one is ${metric.value}.`,
        ),
      });
    }
    if (metric.partOf === metric.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['partOf'],
        message: say('partOf 不能指向自己。', 'partOf cannot point to the figure itself.'),
      });
    }
  });


/** The fields of one section file. */
const sectionFields = z
  .object({
    /** Position in the report, 1 to 12 for 2023; must match the NN of the file name NN-slug.md. */
    order: numberOf('order').int().min(1),
    /** The English part of the page address: /2023/<slug>/. Keep it the same every year. */
    slug: idLength('slug')
      .regex(KEBAB_CASE, {
        error: says('slug 只能使用小写英文字母、数字和连字符。', 'Use lowercase letters, digits and hyphens for slug.'),
      })
      .refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), {
        error: says(
          `slug 不能用网站已有的页面名称（${RESERVED_SLUGS.join('、')}），否则两个页面会用同一个网址。`,
          `slug may not be a page name the site already uses (${RESERVED_SLUGS.join(', ')}): two pages would share one address.`,
        ),
      }),
    /** measures (一、主要举措和成效 (一)–(十)), problems (存在的问题) or plans (next year’s plans). */
    kind: z.enum(SECTION_KINDS, {
      error: says(
        `kind 必须是 ${SECTION_KINDS.join('、')} 之一。`,
        `kind must be one of ${SECTION_KINDS.join(', ')}.`,
      ),
    }),
    /** The title without its numbering: 多元化解社会矛盾纠纷成效明显 (the site adds “（五）”). */
    title: nameText(),
    /** Ids of this section's one or two most telling figures, shown on the cover. */
    headline: z.array(idSchema).max(3).default([]),
    /** Every figure written in the section's text. */
    metrics: z.array(metricSchema).default([]),
    /** Numbers in the text that are not figures and no built-in rule recognises (rare). */
    nonFigures: z.array(plainText()).default([]),
    /** Charts of this section's figures, drawn below its text (see docs/content.md, "Charts"). */
    charts: z.array(chartSchema).default([]),
    /**
     * In a plans section (重点工作安排): which section of next year's report reports on each
     * plan item, so readers can follow a plan to its outcome. `item` is the item's heading
     * as written in the body (without ##), `section` the slug of next year's section.
     */
    followUps: z
      .array(z.object({ item: nameText(), section: idLength('section').regex(KEBAB_CASE) }).strict())
      .default([]),
  })
  .strict();

/**
 * The same section with its figures' internal rules relaxed. When a figure's value disagrees
 * with its text, the loader still reads the section this way, so the other checks of the year
 * (text, parts, rates) run and staff see every problem at once, not one round at a time.
 */
export const lenientSectionSchema = sectionFields.extend({ metrics: z.array(metricFields).default([]) });

/** One section of a report: one Markdown file. */
export const sectionSchema = sectionFields.superRefine((section, ctx) => {
    const seen = new Map<string, number>();
    section.metrics.forEach((metric, index) => {
      const first = seen.get(metric.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', index, 'id'],
          message: say(
            `id「${metric.id}」重复：第 ${first + 1} 个指标已使用。每个指标的 id 必须唯一。`,
            `Duplicate id "${metric.id}": metric ${first + 1} already uses it. Every id must be unique.`,
          ),
        });
      } else seen.set(metric.id, index);
    });
    checkChartIds(section.charts, ctx);
    section.headline.forEach((id, index) => {
      if (!seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['headline', index],
          message: say(
            `headline 中的「${id}」不是本节的指标 id。`,
            `headline "${id}" is not the id of a metric of this section.`,
          ),
        });
      }
    });
  });

/** One correction of published figures, in a year's `index.md` (the field names are a contract). */
const correctionSchema = z
  .object({
    /** The day the correction is published, YYYY-MM-DD. */
    date: z.coerce.date({
      error: says('corrections 的 date 应为日期，格式 YYYY-MM-DD，例如 2024-04-02。', 'A correction date must be YYYY-MM-DD.'),
    }),
    /** Ids of the figures corrected. */
    metrics: z.array(idSchema).min(1),
    /** What was corrected, for readers: 受理仲裁案件申请数更正为151件（原为150件）. */
    note: plainText(),
  })
  .strict();

/** The kinds of 信息公开 link a report page shows, each under its own heading. */
export const RELATED_KINDS = ['相关文件', '解读'] as const;

/** One 相关文件 or 解读 link of a report (信息公开), in a year's `index.md`. */
const relatedSchema = z
  .object({
    /** The linked document's title, as published: 《关于2023年…报告》解读. */
    title: nameText(),
    /** Its address: http:// or https:// only. */
    url: webAddress(),
    /** 相关文件 (a related document) or 解读 (an official interpretation). */
    kind: z.enum(RELATED_KINDS, {
      error: says(`kind 必须是 ${RELATED_KINDS.join('、')} 之一。`, `kind must be one of ${RELATED_KINDS.join(', ')}.`),
    }),
  })
  .strict();

/** A year's report: `index.md`, whose body is the preamble. */
const publishedTimeError = says(
  "publishedTime 应为北京时间“时:分”，24 小时制，加引号，例如 '09:30'。",
  "publishedTime must be Beijing time as HH:mm, 24-hour, in quotes, e.g. '09:30'.",
);

export const reportSchema = z
  .object({
    /** The official title: 关于2023年鞍山市法治政府建设情况的报告. */
    title: nameText(),
    /** The issuing bodies, in the order printed: 中共鞍山市委, 鞍山市人民政府. Empty when the text names none. */
    issuers: z.array(nameText()).default([]),
    /** Document number: 鞍委〔2024〕17号. Absent when the report was published without one. */
    documentNumber: nameText().optional(),
    /** Publication date, YYYY-MM-DD. */
    published: z.coerce.date({
      error: says('published 应为日期，格式 YYYY-MM-DD，例如 2024-03-15。', 'published must be a date, YYYY-MM-DD.'),
    }),
    /**
     * When the report went up on the web, Beijing time, HH:mm (09:30): the time of the
     * government-site metadata PubDate. The report itself gives only a date; absent, PubDate
     * says 00:00 rather than a time nobody recorded.
     */
    publishedTime: z
      .string({ error: publishedTimeError })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: publishedTimeError })
      .optional(),
    /** The office that published it: 法治调研督察科. Absent when the text does not say. */
    source: nameText().optional(),
    /** Address of the official publication; absent until staff add it (the importer reminds them). */
    sourceUrl: z.url({
      protocol: /^https?$/,
      error: says(
        'sourceUrl 应为以 http:// 或 https:// 开头的完整网址。',
        'sourceUrl must be a full address starting with http:// or https://.',
      ),
    })
    .optional(),
    /** 索引号 (信息公开): the index number the publisher's disclosure catalogue gives it. Absent, not shown. */
    indexNumber: nameText().optional(),
    /** 主题分类 (信息公开): the catalogue's subject, as the publisher files it (综合政务\\政务公开). */
    topic: nameText().optional(),
    /** 成文日期 (信息公开): the day the text was signed, YYYY-MM-DD, when the publisher gives it. */
    written: z.coerce
      .date({
        error: says('written（成文日期）应为日期，格式 YYYY-MM-DD，例如 2024-03-01。', 'written must be a date, YYYY-MM-DD.'),
      })
      .optional(),
    /** 有效性 (信息公开): as the publisher states it (有效, 失效, 废止…). Absent, not shown. */
    validity: nameText().optional(),
    /** 相关文件 and 解读 links shown on the report's cover and whole-report page. */
    related: z.array(relatedSchema).default([]),
    /** Heading of the measures part: 主要举措和成效; absent when the text's measures have no heading of their own (一、 parts only). */
    measuresHeading: nameText().optional(),
    /** Ids of the figures shown on the report's cover. */
    headline: z.array(idSchema).default([]),
    /** Charts on the report's cover, across sections (see docs/content.md, "Charts"). */
    charts: z.array(chartSchema).default([]),
    /** Sections' charts (by id) also shown on the cover: one chart, one id, no second copy. */
    coverCharts: z.array(idSchema).default([]),
    /**
     * True while the report is being prepared (`npm run new-report` sets it): shown by
     * `npm run dev`, never published by `npm run build`. Delete the line (or set false) to publish.
     */
    draft: z.boolean().default(false),
    /**
     * Corrections of figures published before (see checks/corrections.ts): a published figure's
     * value, unit, qualifier or text may change only with an entry here naming it. Shown at the
     * figure, in its citation, on /corrections/, in the feed and in the data files.
     */
    corrections: z.array(correctionSchema).default([]),
  })
  .strict()
  .superRefine((report, ctx) => checkChartIds(report.charts, ctx));

export type MetricData = z.infer<typeof metricSchema>;
/** A figure whose value and text have been filled in (every figure of a published report). */
export type FilledMetric = MetricData & { value: number; text: string };
/** True when staff have filled in the figure's value and text. */
export const isFilled = (metric: MetricData): metric is FilledMetric => metric.value !== null && metric.text !== null;
export type SectionData = z.infer<typeof sectionSchema>;
export type ReportData = z.infer<typeof reportSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type RelatedLink = z.infer<typeof relatedSchema>;
export { chartSchema } from './chart-schema.ts';
export { CHART_KINDS } from './chart-kinds.ts';
export type ChartData = z.infer<typeof chartSchema>;
export type ChartKind = ChartData['kind'];
