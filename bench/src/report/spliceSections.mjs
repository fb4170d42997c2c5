/**
 * Replaces whole `## ` sections of a Markdown document with newer ones of the same heading,
 * keeping every other section. Lets a partial run (`BENCH_ONLY=bundle`) refresh its part of
 * RESULTS.md without losing the others.
 *
 * @param previous The existing document.
 * @param sections The new sections, each starting with its `## ` heading line.
 *
 * @returns The document with those sections replaced (or appended when new).
 */
export function spliceSections(previous, sections) {
  const blocks = previous.split(/\n(?=## )/);
  const heading = (block) => block.split('\n')[0];
  for (const section of sections) {
    const index = blocks.findIndex((block) => heading(block) === heading(section));
    if (index === -1) blocks.push(section.trimEnd() + '\n');
    else blocks[index] = section.trimEnd() + '\n';
  }
  return blocks.join('\n');
}
