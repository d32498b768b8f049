"""The GOV.UK form layer: a base form, radios, checkboxes and date fields drawn by the GOV.UK Frontend macros, and shared checks."""
