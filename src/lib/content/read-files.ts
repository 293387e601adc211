/**
 * Reading the report folders from disk, with every surprise a file system can hold said in
 * words staff know, naming the path: a symbolic link (refused, never followed or skipped: a
 * linked year would be published from outside content/, or silently not at all), a folder
 * where index.md or source.txt should be, a file nobody may read (mode 000), a file too large
 * to be a report.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_INDEX_FILE, REPORT_SOURCE_FILE, REPORTS_DIR } from './files.ts';
import { reporter, type Message, type Problem } from './messages.ts';

/** The content as read from disk: each folder under the reports directory, each file's bytes (or text) by name. */
export type ContentFiles = Map<string, Map<string, Uint8Array | string>>;

/**
 * Largest file a report folder may hold. The 2023 report's largest file, its source.txt, is
 * about 40 KB; a file of megabytes is a pasted book or a binary, and would slow every build.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** What was read, and the files that are there but could not be read ("2023/index.md"), already reported. */
export interface ReadContent {
  files: ContentFiles;
  unreadable: Set<string>;
  problems: Problem[];
}

const SYMLINK: Message = {
  zh: '这是一个符号链接（快捷方式），不是真正的文件或文件夹。报告内容必须直接放在 content/ 中：请用真正的文件（夹）替换它，把内容复制进来。',
  en: 'This is a symbolic link, not a real file or folder. Report content must live in content/ itself: replace the link with the real file or folder, copying its content in.',
};

/** An error of the file system, said for staff: what happened to `file` and what to do. */
export function readError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM')
    return {
      zh: '没有读取这个文件（夹）的权限。请让管理员修改权限（例如 chmod 644 文件、chmod 755 文件夹），或重新复制一份。',
      en: 'No permission to read this file or folder. Ask an administrator to fix its permissions (e.g. chmod 644 for a file, 755 for a folder), or copy it again.',
    };
  if (code === 'ENOENT')
    return {
      zh: '找不到这个文件（夹）：请确认在项目文件夹中运行，且它没有被移走。',
      en: 'This file or folder is not there: run this in the project folder and check it has not been moved.',
    };
  return {
    zh: `无法读取这个文件（夹）（系统错误 ${code ?? '未知'}）。请检查磁盘和文件是否完好，或重新复制一份。`,
    en: `Cannot read this file or folder (system error ${code ?? 'unknown'}). Check the disk and the file, or copy it again.`,
  };
}

/** Reads every folder under `root`'s reports directory (files one level deep; other folders inside are ignored). */
export async function readContentFiles(root: string): Promise<ReadContent> {
  const problems: Problem[] = [];
  const files: ContentFiles = new Map();
  const unreadable = new Set<string>();
  const fail = (file: string, message: Message) => reporter(file, { problems }).error({}, message);
  const reportsDir = path.join(root, REPORTS_DIR);
  try {
    if ((await lstat(reportsDir)).isSymbolicLink()) {
      fail(REPORTS_DIR, SYMLINK);
      return { files, unreadable, problems };
    }
    const folders = await readdir(reportsDir, { withFileTypes: true });
    for (const folder of folders.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const folderPath = `${REPORTS_DIR}/${folder.name}`;
      if (folder.isSymbolicLink()) fail(folderPath, SYMLINK);
      if (!folder.isDirectory()) continue;
      try {
        files.set(folder.name, await readFolder(root, folder.name, unreadable, fail));
      } catch (error) {
        fail(folderPath, readError(error));
      }
    }
  } catch (error) {
    fail(REPORTS_DIR, readError(error));
  }
  return { files, unreadable, problems };
}

/** Names that must be files in a year's folder. */
const isContentName = (name: string) =>
  name === REPORT_INDEX_FILE || name === REPORT_SOURCE_FILE || name.endsWith('.md');

async function readFolder(
  root: string,
  folder: string,
  unreadable: Set<string>,
  fail: (file: string, message: Message) => void,
): Promise<Map<string, Uint8Array>> {
  const entries = await readdir(path.join(root, REPORTS_DIR, folder), { withFileTypes: true });
  const read = new Map<string, Uint8Array>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = `${REPORTS_DIR}/${folder}/${entry.name}`;
    const refuse = (message: Message) => {
      unreadable.add(`${folder}/${entry.name}`);
      fail(file, message);
    };
    if (entry.isSymbolicLink()) {
      refuse(SYMLINK);
      continue;
    }
    if (entry.isDirectory()) {
      if (isContentName(entry.name))
        refuse({
          zh: `${entry.name} 是一个文件夹，这里应当是同名的文本文件。请删除这个文件夹，放入 ${entry.name} 文件。`,
          en: `${entry.name} is a folder where a text file of that name belongs. Remove the folder and put the file ${entry.name} here.`,
        });
      continue;
    }
    if (!entry.isFile()) continue;
    try {
      const full = path.join(root, file);
      const { size } = await lstat(full);
      if (size > MAX_FILE_BYTES) {
        refuse({
          zh: `文件太大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）：一份报告的文本只有几十 KB。是不是放错了文件，或粘贴了整本书？`,
          en: `The file is too large (${(size / 1024 / 1024).toFixed(1)} MB, at most ${MAX_FILE_BYTES / 1024 / 1024} MB): a report's text is tens of KB. Is this the wrong file?`,
        });
        continue;
      }
      read.set(entry.name, await readFile(full));
    } catch (error) {
      refuse(readError(error));
    }
  }
  return read;
}
