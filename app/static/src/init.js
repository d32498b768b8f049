// Loaded as <script type="module">, so it runs only in browsers that GOV.UK
// Frontend supports. Kept out of the page so the CSP can forbid inline script.
import { initAll } from './govuk-frontend.min.js'
import { initReadAloud } from './read-aloud.js'

document.body.classList.add('govuk-frontend-supported')
initAll()
initReadAloud()
