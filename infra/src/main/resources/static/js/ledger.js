// Starts GOV.UK Frontend's components (skip link, navigation menu, error summary, password input, ...).
// Loaded as a module from the layout, so it runs only in browsers GOV.UK Frontend supports; kept in a file of its
// own because the Content-Security-Policy admits no inline script. Every page works without it.
import { initAll } from '../webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
