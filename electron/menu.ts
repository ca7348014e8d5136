// The native menu. File > Open… picks files with the system dialog and imports them through
// the workspace (the one place the desktop app reads a path), then tells the renderer which
// document to show; Export… hands over to the renderer's export panel. Labels follow the
// editor's language setting, Chinese by default. Reload and Developer Tools exist only in
// development: a packaged build leaves them out, and with them their accelerators.
// @ts-ignore -- 'electron' is an optional dependency whose install fails where its binary cannot be downloaded; when present, this import is fully typed.
import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { HostEvent } from '../shared/bridge';
import { errorMessages, GalleyError } from '../shared/errors';

type Lang = 'zh' | 'en';

const labels = {
  zh: {
    file: '文件', open: '打开…', export: '导出…', quit: '退出',
    edit: '编辑', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选',
    view: '视图', reload: '重新加载', devTools: '开发者工具', resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小', fullscreen: '全屏',
    openTitle: '打开稿件文件', textFiles: '文本文件', allFiles: '所有文件', importFailed: '导入失败',
  },
  en: {
    file: 'File', open: 'Open…', export: 'Export…', quit: 'Quit',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    view: 'View', reload: 'Reload', devTools: 'Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullscreen: 'Full Screen',
    openTitle: 'Open page files', textFiles: 'Text files', allFiles: 'All files', importFailed: 'Import failed',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export interface MenuDeps {
  language: Lang;
  getWindow: () => BrowserWindow | null;
  importPath: (path: string) => Promise<{ docId: string; existing: boolean }>;
  send: (event: HostEvent) => void;
  /** app.isPackaged. */
  packaged: boolean;
}

async function openFiles(deps: MenuDeps): Promise<void> {
  const t = labels[deps.language];
  const win = deps.getWindow();
  const options = {
    title: t.openTitle,
    properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
    filters: [
      { name: t.textFiles, extensions: ['txt', 'text', 'md'] },
      { name: t.allFiles, extensions: ['*'] },
    ],
  };
  const picked = (win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)) as {
    canceled: boolean;
    filePaths: string[];
  };
  if (picked.canceled) return;
  for (const file of picked.filePaths) {
    try {
      const { docId } = await deps.importPath(file);
      deps.send({ type: 'opened', docId });
    } catch (err) {
      const code = err instanceof GalleyError ? err.code : 'internal';
      if (code === 'internal') console.error('[galley] import from the File menu failed:', err);
      const box = { type: 'error' as const, title: t.importFailed, message: errorMessages[code][deps.language], detail: file };
      if (win) await dialog.showMessageBox(win, box);
      else await dialog.showMessageBox(box);
    }
  }
}

export function buildAppMenu(deps: MenuDeps): Menu {
  const t = labels[deps.language];
  const developer: MenuItemConstructorOptions[] = deps.packaged
    ? []
    : [{ label: t.reload, role: 'reload' }, { label: t.devTools, role: 'toggleDevTools' }, { type: 'separator' }];
  const template: MenuItemConstructorOptions[] = [];
  if (process.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(
    {
      label: t.file,
      submenu: [
        { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => void openFiles(deps) },
        { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => deps.send({ type: 'menu', command: 'export' }) },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...developer,
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.fullscreen, role: 'togglefullscreen' },
      ],
    },
  );
  return Menu.buildFromTemplate(template);
}
