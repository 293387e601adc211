/**
 * Plan follow-ups: a plan item of one year linked to the section of the next year's report
 * that reports on it (a plans section's `followUps`), both ways. Read by the pages
 * (PlanFollowUps.astro); the content checks check the links with `planItems` alone.
 */
import { planItems } from '../content/plan-items.ts';
import { getReports, type Section } from './reports.ts';

/** A plan item of one year linked to the section of the next year's report that reports on it. */
export interface FollowUp {
  /** The plan item's heading as written: （一）营造良好法治环境. */
  item: string;
  /** The section of the next year's report. */
  section: Section;
}

/** The plan items of a plans section that link to next year's report (when that report is published). */
export async function followUpsOf(section: Section): Promise<FollowUp[]> {
  const next = (await getReports()).find((report) => report.year === section.year + 1);
  if (!next) return [];
  const items = planItems(section.body);
  return section.followUps.flatMap(({ item, section: slug }) => {
    const target = next.sections.find((candidate) => candidate.slug === slug);
    const heading = items.find((candidate) => candidate.title === item || candidate.text === item);
    return target ? [{ item: heading?.text ?? item, section: target }] : [];
  });
}

/** The previous year's plan items that this section reports on (the way back from an outcome to its plan). */
export async function plansFor(section: Section): Promise<{ item: string; plans: Section }[]> {
  const previous = (await getReports()).find((report) => report.year === section.year - 1);
  if (!previous) return [];
  const found = await Promise.all(
    previous.sections
      .filter((candidate) => candidate.kind === 'plans')
      .map(async (plans) =>
        (await followUpsOf(plans))
          .filter((followUp) => followUp.section.url === section.url)
          .map((followUp) => ({ item: followUp.item, plans })),
      ),
  );
  return found.flat();
}
