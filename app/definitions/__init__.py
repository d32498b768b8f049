"""The language questionnaires are written in: questions, options and who answers. It imports nothing of the engine."""
