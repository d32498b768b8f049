"""A stand-in for an IRO's real photo, as the profile page stores it (a 320-pixel PNG): as hard to compress as a
phone camera's photo of a face, which a plain colour is not."""

from io import BytesIO

from PIL import Image


def camera_like_photo() -> bytes:
    # Detail at about half the stored size, like a face photographed on a phone: as a PNG it is about 250 KB,
    # and small on a child's page about 3 KB, a little more than a real photo.
    detail = [Image.effect_noise((160, 160), sigma) for sigma in (50, 60, 70)]
    photo = Image.merge("RGB", detail).resize((320, 320), Image.Resampling.BICUBIC)
    out = BytesIO()
    photo.save(out, format="PNG", optimize=True)
    return out.getvalue()
