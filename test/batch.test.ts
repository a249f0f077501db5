// loadAll: a failed batch fails the field instead of reading as missing rows.
import DataLoader from 'dataloader';
import { isPresent, loadAll } from '../src/graph/batch';

test('loadAll returns the rows of successful batches, nulls included', async () => {
  const loader = new DataLoader<string, string | null>(async (keys) => keys.map((k) => (k === 'none' ? null : k.toUpperCase())));
  expect(await loadAll(loader, ['a', 'none', 'b'])).toEqual(['A', null, 'B']);
  expect((await loadAll(loader, ['a', 'none'])).filter(isPresent)).toEqual(['A']);
});

test('loadAll throws the error of a failed batch', async () => {
  const loader = new DataLoader<string, string>(async () => { throw new Error('connection terminated'); });
  await expect(loadAll(loader, ['a', 'b'])).rejects.toThrow('connection terminated');
});
