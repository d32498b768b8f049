"""The questionnaire engine: definitions in forms/ become pages, forms and saved answers."""
