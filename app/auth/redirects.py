"""Where to go after signing in: only ever a path on this site."""


def safe_next(target: str | None) -> str | None:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target and target.isprintable() and " " not in target:
        return target
    return None
