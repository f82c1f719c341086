#!/usr/bin/env bash
# The demo: checks the sample permit applications against the sample plan through qgis_process,
# then writes the notes de renseignements for a few parcels. Prints where the outputs are.
set -euo pipefail
cd "$(dirname "$0")/.."
# Agency staff work in French: the demo runs QGIS in French, so reports and messages are French.
AU_LOCALE="${AU_LOCALE:-fr}" source scripts/qgis_process_env.sh
qgis_process_run plugins 2>/dev/null | grep -q '^\* agence_urbaine' \
  || { echo "the plugin's Processing provider did not load in qgis_process" >&2; exit 1; }
echo "Algorithms of the provider 'agenceurbaine':"
qgis_process_run list 2>/dev/null | grep -E "^\s*agenceurbaine:"

quiet() { grep -v -e '^QStandardPaths' -e 'setapi() is deprecated' || true; }
DATA="$PWD/sample_data/hay_al_amal.gpkg"
OUT="${DEMO_OUT:-$PWD/.build/demo}"
rm -rf "$OUT" && mkdir -p "$OUT"
servitudes=()
for layer in non_aedificandi school_site flood_zone hv_line heritage_zone; do
  servitudes+=("--SERVITUDES=$DATA|layername=$layer")
done
echo
echo "== agenceurbaine:checkconformity on the sample plan (Hay Al Amal, EPSG:26191)"
qgis_process_run run agenceurbaine:checkconformity \
  --REGULATION="$PWD/sample_data/regulation.json" \
  --PARCELS="$DATA|layername=parcels" --APPLICATIONS="$DATA|layername=applications" \
  --ZONING="$DATA|layername=zoning" --ROADS="$DATA|layername=roads" "${servitudes[@]}" \
  --OUTPUT="$OUT/applications_verdict.gpkg" --FINDINGS="$OUT/findings.csv" \
  --OFFENDING="$OUT/offending_parts.gpkg" --REPORT_FOLDER="$OUT/reports" --MAX_FILES=0 2> >(quiet >&2) \
  | sed -n '/^Results/,$p'
if qgis_process_run list 2>/dev/null | grep -q "agenceurbaine:parcelnote"; then
  echo
  echo "== agenceurbaine:parcelnote (French and Arabic) for three parcels (R4-T09, V-B02, E2-T05)"
  qgis_process_run run agenceurbaine:parcelnote \
    --REGULATION="$PWD/sample_data/regulation.json" \
    --PARCELS="$DATA|layername=parcels|subset=\"parcel_id\" IN ('R4-T09','V-B02','E2-T05')" \
    --ZONING="$DATA|layername=zoning" "${servitudes[@]}" \
    --OUTPUT_FOLDER="$OUT/notes" 2> >(quiet >&2) | sed -n '/^Results/,$p'
fi
echo
echo "Outputs are in $OUT:"
find "$OUT" -maxdepth 1 -type f | sort | sed 's/^/  /'
for folder in "$OUT"/*/; do
  echo "  $folder ($(find "$folder" -name '*.pdf' | wc -l) PDF files)"
done
echo "Summary report: $OUT/reports/summary.pdf"
