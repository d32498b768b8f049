// "Read to me" on every page of the picture version, for children who cannot read yet.
//
// The page holds an empty placeholder, with the button's words in the page's language:
//   <div class="app-read-aloud" data-module="app-read-aloud" data-text-read="Read to me"
//        data-text-stop="Stop reading" data-text-unavailable="Read to me is not available in English"></div>
// We add a button to it only when the browser can speak, so without JavaScript (or without speech) there is
// no button at all. The page is read in its own language (<html lang>), in a voice for that language: when
// the phone has none, the button is shown greyed out, saying Read to me is not available in that language.
//
// Pressing the button reads the page's own content (the element marked data-read-aloud-region, else <main>),
// in order: any error messages first, then each heading, paragraph, hint, answer and answer given. Pressing it
// again stops.

const ICON_URL = new URL('./pictures/speaker.svg', import.meta.url).href
// How long to wait for the phone to list its voices (browsers load them after the page) before deciding.
const VOICES_WAIT_MS = 1500

// What is read, outermost first: a match inside another match is read as part of it.
const READABLE = [
  'h1', 'h2', 'h3', 'p', 'li', 'dt', 'dd:not(.govuk-summary-list__actions)',
  '.govuk-hint', '.govuk-label', '.govuk-inset-text', '.govuk-caption-l', '.govuk-panel__body'
].join(', ')
// Never read: the button itself, the error summary (each error is read from its field), the hint on a single
// answer, and text GOV.UK Frontend keeps only for screen readers (the character count's announcements).
const UNREAD = [
  '.app-read-aloud', '.govuk-error-summary', '.govuk-error-message', '.govuk-radios__hint', '.govuk-checkboxes__hint',
  '.govuk-visually-hidden'
].join(', ')

// Bumped every time we start or stop, so that events from utterances that
// were cancelled (browsers fire "end" or "error" for them) are ignored.
let generation = 0
let activeButton = null

function speechSupported () {
  return 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function'
}

function pageLanguage () {
  return document.documentElement.lang || 'en'
}

function primaryLanguage (tag) {
  return (tag || '').toLowerCase().split(/[-_]/)[0]
}

// The best voice for a language ("ar", "cy", "en-GB"): its own region first, then the phone's default voice for
// the language, then one on the phone itself (no network), then any. British voices first for English and Welsh.
function voiceFor (lang) {
  const wanted = lang.toLowerCase().replace('_', '-')
  const same = window.speechSynthesis.getVoices().filter((voice) => primaryLanguage(voice.lang) === primaryLanguage(wanted))
  const tag = (voice) => voice.lang.toLowerCase().replace('_', '-')
  return same.find((voice) => tag(voice) === wanted) ||
    same.find((voice) => tag(voice).endsWith('-gb')) ||
    same.find((voice) => voice.default) ||
    same.find((voice) => voice.localService) ||
    same[0] ||
    null
}

// Visible text of an element, ignoring decoration marked aria-hidden.
function textOf (element) {
  const copy = element.cloneNode(true)
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return copy.textContent.replace(/\s+/g, ' ').trim()
}

function shown (element) {
  return element.getClientRects().length > 0
}

// What to say, in reading order, for the page this button is on: [text, language] pairs.
function collectTexts (button) {
  const region = button.closest('[data-read-aloud-region]') || document.querySelector('main') || document.body
  const said = (element) => [textOf(element), element.closest('[lang]')?.lang || pageLanguage()]
  const errors = [...region.querySelectorAll('.govuk-error-message')].filter(shown).map(said)
  const content = [...region.querySelectorAll(READABLE)].filter((element) =>
    shown(element) &&
    !element.closest(UNREAD) &&
    !element.parentElement.closest(READABLE)
  ).map(said)
  return [...errors, ...content].filter(([text]) => text !== '')
}

function label (button, text) {
  button.lastChild.textContent = text
}

function stop () {
  generation += 1
  window.speechSynthesis.cancel()
  if (activeButton) label(activeButton, activeButton.dataset.textRead)
  activeButton = null
}

function start (button) {
  stop()
  const texts = collectTexts(button)
  const pageVoice = voiceFor(pageLanguage())
  if (texts.length === 0 || !pageVoice) return

  const current = generation
  activeButton = button
  label(button, button.dataset.textStop)

  texts.forEach(([text, lang], index) => {
    const utterance = new window.SpeechSynthesisUtterance(text)
    // A part in another language (lang="…") is read in a voice for it, when the phone has one.
    const voice = voiceFor(lang) || pageVoice
    utterance.voice = voice
    utterance.lang = voice.lang
    utterance.rate = 0.9 // a little slower, for young listeners
    const finished = () => {
      if (current === generation) stop()
    }
    // Stop if anything goes wrong, and after the last text.
    utterance.addEventListener('error', finished)
    if (index === texts.length - 1) utterance.addEventListener('end', finished)
    window.speechSynthesis.speak(utterance)
  })
}

// Enabled when the phone has a voice for the page's language; otherwise greyed out, saying so.
function showAvailability (button) {
  const available = voiceFor(pageLanguage()) !== null
  if (!available && activeButton === button) stop()
  button.disabled = !available
  button.classList.toggle('app-read-aloud__button--unavailable', !available)
  label(button, available ? button.dataset.textRead : button.dataset.textUnavailable)
}

function createButton (placeholder) {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'govuk-button govuk-button--secondary app-read-aloud__button'
  button.dataset.textRead = placeholder.dataset.textRead
  button.dataset.textStop = placeholder.dataset.textStop || placeholder.dataset.textRead
  button.dataset.textUnavailable = placeholder.dataset.textUnavailable || placeholder.dataset.textRead

  const icon = document.createElement('img')
  icon.className = 'app-read-aloud__icon'
  icon.src = ICON_URL
  icon.alt = ''
  icon.width = 24
  icon.height = 24

  const words = document.createElement('span')
  words.className = 'app-read-aloud__text'

  button.append(icon, words)
  showAvailability(button)

  button.addEventListener('click', () => {
    if (activeButton === button) {
      stop()
    } else {
      start(button)
    }
  })
  return button
}

function buttons () {
  return document.querySelectorAll('.app-read-aloud__button')
}

function addButtons (scope) {
  scope.querySelectorAll('[data-module="app-read-aloud"]').forEach((placeholder) => {
    if (placeholder.querySelector('.app-read-aloud__button')) return // already done
    if (!placeholder.dataset.textRead) return
    placeholder.append(createButton(placeholder))
  })
}

export function initReadAloud (scope = document) {
  if (!speechSupported()) return
  const synthesis = window.speechSynthesis

  // Browsers list their voices a moment after the page loads: wait for them (not long), so the button
  // is not offered and then taken away. When the list changes later, each button follows it.
  if (synthesis.getVoices().length > 0) {
    addButtons(scope)
  } else {
    const timer = window.setTimeout(() => addButtons(scope), VOICES_WAIT_MS)
    synthesis.addEventListener('voiceschanged', () => {
      window.clearTimeout(timer)
      addButtons(scope)
    }, { once: true })
  }

  if (!initReadAloud.listening) {
    synthesis.addEventListener('voiceschanged', () => buttons().forEach(showAvailability))
    // Don't keep talking after the child leaves the page (or it goes into the back/forward cache).
    window.addEventListener('pagehide', stop)
    initReadAloud.listening = true
  }
}
