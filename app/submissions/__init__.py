"""What becomes of a person's answers once the engine has checked them: saved, flagged if need be, then sent to whoever reads them."""
