// Names every built file in app/static/dist after its contents, so a browser may keep it for a year:
// app.css gets a copy app.<hash>.css, and manifest.json maps one name to the other (app/assets.py reads it).
// Scripts that import or point at another built file ('./read-aloud.js', './pictures/speaker.svg') are
// rewritten to point at its fingerprinted copy before they are hashed themselves. Every text file, fingerprinted
// or not, also gets .gz and .br copies, so the server sends compressed bytes without compressing per request.
//
// Run by `npm run build` after the files are in app/static/dist; `node fingerprint.mjs [dist folder]`.

import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join, posix, relative } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const dist = process.argv[2] ?? 'app/static/dist'
const TEXT = new Set(['.css', '.js', '.mjs', '.svg', '.json', '.map', '.txt'])
// Source maps are only fetched by developer tools, at the name the script itself gives.
const FINGERPRINTED = (name) => extname(name) !== '.map' && name !== 'manifest.json'

function walk (folder) {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry)
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path).split('\\').join('/')]
  })
}

function hashed (name, contents) {
  const digest = createHash('sha256').update(contents).digest('hex').slice(0, 12)
  const extension = extname(name)
  return `${name.slice(0, name.length - extension.length)}.${digest}${extension}`
}

// './other.js' as a script writes it, relative to the script's own folder.
function relativeReference (from, to) {
  const path = posix.relative(posix.dirname(from), to)
  return path.startsWith('.') ? path : `./${path}`
}

const files = walk(dist).filter((name) => !/\.(gz|br)$/.test(name) && !/\.[0-9a-f]{12}\.[^.]+$/.test(name))
const sources = files.filter(FINGERPRINTED)
const manifest = {}
const pending = new Set(sources)

// Scripts first need the final names of what they refer to; other files are hashed as they are.
function referencesIn (name, contents) {
  if (!['.js', '.mjs'].includes(extname(name))) return []
  return sources.filter((other) => other !== name && contents.includes(`'${relativeReference(name, other)}'`))
}

while (pending.size > 0) {
  let progressed = false
  for (const name of [...pending]) {
    let contents = readFileSync(join(dist, name))
    const references = referencesIn(name, contents.toString('utf8'))
    if (references.some((other) => pending.has(other))) continue
    if (references.length > 0) {
      let text = contents.toString('utf8')
      for (const other of references) {
        text = text.split(`'${relativeReference(name, other)}'`).join(`'${relativeReference(name, manifest[other])}'`)
      }
      contents = Buffer.from(text, 'utf8')
    }
    manifest[name] = hashed(name, contents)
    writeFileSync(join(dist, manifest[name]), contents)
    pending.delete(name)
    progressed = true
  }
  if (!progressed) throw new Error(`Built files refer to each other in a circle: ${[...pending].join(', ')}`)
}

const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)))
writeFileSync(join(dist, 'manifest.json'), JSON.stringify(sorted, null, 2) + '\n')

for (const name of walk(dist).filter((name) => TEXT.has(extname(name)))) {
  const contents = readFileSync(join(dist, name))
  const gzip = gzipSync(contents, { level: 9 })
  const brotli = brotliCompressSync(contents, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: contents.length }
  })
  // A compressed copy that is no smaller is not worth sending.
  if (gzip.length < contents.length) writeFileSync(join(dist, `${name}.gz`), gzip)
  if (brotli.length < contents.length) writeFileSync(join(dist, `${name}.br`), brotli)
}

console.log(`Fingerprinted ${Object.keys(sorted).length} files: ${join(dist, 'manifest.json')} names them`)
