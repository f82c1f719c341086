"""How the conformity check's outputs look once loaded: verdict colours, hatched offending parts,
application labels, translated field names and readable numbers.

Set by the algorithm itself (``processing.styles.apply_on_load``), so the Processing dialog,
models, scripts and the dock all get the same map; the guide's screenshots show this styling.
"""

from __future__ import annotations

from ..core.conformity import verdict_label
from ..core.i18n import tr
from ..core.rules import A_VERIFIER, CONFORME, NON_CONFORME
from .styles import GREEN, ORANGE, RED, categorized, describe_fields, fill, hatched, label_with, single

VERDICT_COLOURS = {CONFORME: GREEN, NON_CONFORME: RED, A_VERIFIER: ORANGE}


def _common_aliases() -> dict[str, str]:
    return {"app_id": tr("Application"), "verdict": tr("Verdict (code)"), "verdict_label": tr("Verdict"),
            "rule": tr("Rule (code)"), "subject": tr("Subject")}


def style_applications(layer, id_field: str | None) -> None:
    """Applications coloured by verdict (translated legend), labelled with their id."""
    layer.setRenderer(categorized("verdict", [(code, verdict_label(code), fill(colour))
                                              for code, colour in VERDICT_COLOURS.items()]))
    if id_field:
        label_with(layer, id_field)
    describe_fields(layer, {**_common_aliases(), "fail_count": tr("Rules failed"),
                            "check_count": tr("Rules to check"), "zones": tr("Zones"),
                            "parcel_ref": tr("Parcel")})


def style_offending(layer) -> None:
    """The parts that break a rule: hatched red."""
    layer.setRenderer(single(hatched(RED)))
    describe_fields(layer, {**_common_aliases(), "area_m2": tr("Area (m²)")}, {"area_m2": 1})


def style_findings(layer) -> None:
    """The findings table: translated column names, measures with two decimals."""
    describe_fields(layer, {**_common_aliases(), "rule_label": tr("Rule"), "measured": tr("Measured"),
                            "allowed": tr("Allowed"), "allowed_value": tr("Allowed (number)"),
                            "unit": tr("Unit"), "message": tr("Message")},
                    {"measured": 2, "allowed_value": 2})
