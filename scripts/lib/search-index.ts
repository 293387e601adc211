/**
 * Builds the Pagefind search index over a built site with Pagefind's Node API.
 * Any error Pagefind reports fails the build (the CLI would only log some of them).
 */
import * as pagefind from 'pagefind';

export async function indexSite(site: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind 无法启动 Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`搜索索引出错 Search index errors: ${added.errors.join('; ')}`);
    if (added.page_count === 0)
      throw new Error('搜索索引为空：没有页面被索引。Search index is empty: no page was indexed.');
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0)
      throw new Error(`写入搜索索引出错 Writing the index failed: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
