// A Workspace whose service is a spy: each operation records its call and answers with a value
// derived from its arguments, so a test can tell whether (and with what) the service was reached.
import { vi, type Mock } from 'vitest';
import { opNames, type ApiService, type OpName } from '../../../shared/api';
import type { Workspace } from '../../../electron/service/workspace';

export type SpyService = ApiService & { [K in OpName]: Mock };

export function fakeWorkspace(): { workspace: Workspace; service: SpyService; calls: () => number } {
  const service = {} as Record<OpName, Mock>;
  for (const name of opNames) {
    service[name] = vi.fn(async (args: unknown) => ({ echoed: name, args }));
  }
  const spy = service as unknown as SpyService;
  return {
    service: spy,
    workspace: { service: spy, importPath: vi.fn(), close: vi.fn(async () => undefined) },
    calls: () => opNames.reduce((n, name) => n + service[name].mock.calls.length, 0),
  };
}
