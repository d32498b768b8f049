// "Read to me" for the picture version, for children who cannot read yet.
//
// The page holds an empty placeholder:
//   <div class="app-read-aloud" data-module="app-read-aloud"
//        data-text-read="Read to me" data-text-stop="Stop reading"></div>
// We add a button to it only when the browser can speak, so there is never a
// button that does nothing (no JavaScript, or no speech synthesis).
//
// Pressing the button reads, in the page's language: any error messages, the
// heading, the hint, then each answer in order. Pressing it again stops.

const ICON_URL = new URL('./pictures/speaker.svg', import.meta.url).href

// Bumped every time we start or stop, so that events from utterances that
// were cancelled (browsers fire "end" or "error" for them) are ignored.
let generation = 0
let activeButton = null

function speechSupported () {
  return 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function'
}

// Visible text of an element, ignoring decoration marked aria-hidden (emoji).
function textOf (element) {
  const copy = element.cloneNode(true)
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return copy.textContent.replace(/\s+/g, ' ').trim()
}

function optionText (label) {
  const word = label.querySelector('.app-option-word')
  return textOf(word || label)
}

// What to say, in reading order, for the page this button is on.
function collectTexts () {
  const main = document.querySelector('main') || document.body
  const texts = []

  main.querySelectorAll('.govuk-error-message').forEach((error) => texts.push(textOf(error)))

  const heading = main.querySelector('h1')
  if (heading) texts.push(textOf(heading))

  // The question's hint; hints on single answers are not read separately.
  main.querySelectorAll('.govuk-hint:not(.govuk-radios__hint):not(.govuk-checkboxes__hint)')
    .forEach((hint) => texts.push(textOf(hint)))

  main.querySelectorAll('.govuk-radios__label, .govuk-checkboxes__label')
    .forEach((label) => texts.push(optionText(label)))

  return texts.filter((text) => text !== '')
}

function showIdle (button) {
  button.lastChild.textContent = button.dataset.textRead
}

function showSpeaking (button) {
  button.lastChild.textContent = button.dataset.textStop
}

function stop () {
  generation += 1
  window.speechSynthesis.cancel()
  if (activeButton) showIdle(activeButton)
  activeButton = null
}

function start (button) {
  stop()
  const texts = collectTexts()
  if (texts.length === 0) return

  const current = generation
  const lang = document.documentElement.lang
  activeButton = button
  showSpeaking(button)

  texts.forEach((text, index) => {
    const utterance = new window.SpeechSynthesisUtterance(text)
    if (lang) utterance.lang = lang
    utterance.rate = 0.9 // a little slower, for young listeners
    const finished = () => {
      if (current === generation) stop()
    }
    // Stop if anything goes wrong (e.g. no voice for this language), and after the last text.
    utterance.addEventListener('error', finished)
    if (index === texts.length - 1) utterance.addEventListener('end', finished)
    window.speechSynthesis.speak(utterance)
  })
}

function createButton (placeholder) {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'govuk-button govuk-button--secondary app-read-aloud__button'
  button.dataset.textRead = placeholder.dataset.textRead || ''
  button.dataset.textStop = placeholder.dataset.textStop || placeholder.dataset.textRead || ''

  const icon = document.createElement('img')
  icon.className = 'app-read-aloud__icon'
  icon.src = ICON_URL
  icon.alt = ''
  icon.width = 24
  icon.height = 24

  const label = document.createElement('span')
  label.className = 'app-read-aloud__text'

  button.append(icon, label)
  showIdle(button)

  button.addEventListener('click', () => {
    if (activeButton === button) {
      stop()
    } else {
      start(button)
    }
  })
  return button
}

export function initReadAloud (scope = document) {
  if (!speechSupported()) return

  scope.querySelectorAll('[data-module="app-read-aloud"]').forEach((placeholder) => {
    if (placeholder.querySelector('.app-read-aloud__button')) return // already done
    if (!placeholder.dataset.textRead) return
    placeholder.append(createButton(placeholder))
  })

  // Don't keep talking after the child leaves the page (or it goes into the back/forward cache).
  if (!initReadAloud.listening) {
    window.addEventListener('pagehide', stop)
    initReadAloud.listening = true
  }
}
