"""IRO photos: any common image in, a small PNG out, with its metadata (such as location) stripped."""

from io import BytesIO

from PIL import Image, ImageOps, UnidentifiedImageError

SIZE = 320


class NotAPhoto(ValueError):
    pass


def normalise(data: bytes) -> bytes:
    """Re-encode an uploaded image as a square PNG of at most 320 pixels; refuse anything that is not an image."""
    try:
        with Image.open(BytesIO(data)) as image:
            image.load()
            square = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), (SIZE, SIZE))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise NotAPhoto from error
    out = BytesIO()
    square.save(out, format="PNG", optimize=True)
    return out.getvalue()

