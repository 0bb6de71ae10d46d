// The floor a big feed is measured against, run as a child like the CLI: cheerio/slim loads the
// whole document and takes the text of every posting's HTML (the least any HTML-reading
// classifier must do; the same floor as `npm run bench -- feed`). Prints the postings read.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';

const [file, kind] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let sink = 0;
let count = 0;
if (kind === 'rss') {
  const $ = load(text, { xml: true });
  $('item > description').each((_, el) => {
    sink += load($(el).text()).text().length;
    count++;
  });
} else {
  for (const job of JSON.parse(text).jobs) {
    sink += load(load(job.content).text()).text().length;
    count++;
  }
}
if (sink === 0) throw new Error('the floor did no work');
console.log(count);
