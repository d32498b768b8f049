"""IRO photos: any common image in, a small PNG out, with its metadata (such as location) stripped."""

from io import BytesIO

from PIL import Image, ImageOps, UnidentifiedImageError

SIZE = 320
# Phone cameras usually save 12 megapixels; 25 million pixels are 100 MB once decoded, so nothing larger is decoded.
MAX_PIXELS = 25_000_000
# The formats people's photos come in: Pillow's rarer decoders are never reached by an upload.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


class NotAPhoto(ValueError):
    pass


class PhotoTooLarge(NotAPhoto):
    """A real image, but with more pixels than we will decode: a few kilobytes can declare billions of them."""


def normalise(data: bytes) -> bytes:
    """Re-encode an uploaded image as a square PNG of at most 320 pixels; refuse anything that is not an image."""
    try:
        with Image.open(BytesIO(data), formats=FORMATS) as image:
            # Opening reads only the header: the size it declares is checked before load() decodes the pixels.
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise PhotoTooLarge(f"{width}x{height}")
            image.load()
            square = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), (SIZE, SIZE))
    except PhotoTooLarge:
        raise
    # A damaged file can fail in a decoder in any of these ways.
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as error:
        raise NotAPhoto from error
    out = BytesIO()
    square.save(out, format="PNG", optimize=True)
    return out.getvalue()

