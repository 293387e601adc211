/**
 * Client script of the figures page (FigureList.astro): shows the filter form, filters the
 * rows by year, section, unit and text, and sorts by any column (the header buttons
 * FigureTableHead.astro renders, with aria-sort). Without it the page is the full table in reading order.
 */
import { compareSortKeys, matchesFilter, type FigureFilter } from './figure-filter.ts';

type Direction = 'ascending' | 'descending';

for (const list of document.querySelectorAll<HTMLElement>('[data-figure-list]')) enhance(list);

function enhance(list: HTMLElement) {
  const form = list.querySelector<HTMLFormElement>('form[data-figure-filters]');
  const table = list.querySelector<HTMLTableElement>('table[data-sortable]');
  const status = list.querySelector<HTMLElement>('[data-figure-count]');
  const body = table?.tBodies[0];
  if (!form || !table || !body || !status) return;
  const count: HTMLElement = status;
  const rows = [...body.rows];
  const total = rows.length;
  // Each row's text, read on the first filtering rather than at load.
  let searchable: Map<HTMLTableRowElement, string> | undefined;

  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  const sectionSelect = form.elements.namedItem('section') as HTMLSelectElement;

  function applyFilter() {
    const filter: FigureFilter = {
      year: field('year'),
      section: field('section'),
      unit: field('unit'),
      text: field('text'),
    };
    // Sections of other years are not offered once a year is chosen.
    for (const option of sectionSelect.options)
      option.hidden = !!filter.year && !!option.dataset.year && option.dataset.year !== filter.year;
    searchable ??= new Map(rows.map((row) => [row, row.textContent ?? '']));
    let shown = 0;
    for (const row of rows) {
      const visible = matchesFilter(
        { year: row.dataset.year!, section: row.dataset.section!, unit: row.dataset.unit!, text: searchable.get(row)! },
        filter,
      );
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown === total ? `共 ${total} 项数据。` : `显示 ${total} 项中的 ${shown} 项。`;
  }

  form.addEventListener('input', applyFilter);
  form.addEventListener('change', applyFilter);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => requestAnimationFrame(applyFilter));

  // The sort buttons are in the page already (FigureTableHead.astro): only listeners are added.
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((header, column) => {
    header.querySelector('button')?.addEventListener('click', () => {
      const direction: Direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      sortBy(column, direction);
    });
  });

  function keyOf(row: HTMLTableRowElement, column: number) {
    const cell = row.cells[column]!;
    return cell.dataset.sort ?? (cell.textContent ?? '').trim();
  }

  function sortBy(column: number, direction: Direction) {
    const sign = direction === 'ascending' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [keyOf(a, column), keyOf(b, column)];
      // Rows without a value (no previous year) stay last in both directions.
      if ((x === '') !== (y === '')) return x === '' ? 1 : -1;
      return sign * compareSortKeys(x, y) || Number(a.dataset.order) - Number(b.dataset.order);
    });
    body!.append(...sorted);
  }
}
