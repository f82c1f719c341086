"""Protocol detection on the REAL servers, and GeoServer's WFS 2.0 dialect on recorded answers.

GeoServer cannot be installed here: its answers below were written by hand from the WFS 2.0 /
FES 2.0 specifications and GeoServer's documentation (ids prefixed ``layer.``, ``numberMatched``,
``application/json`` for GeoJSON, ``fes:ResourceId`` inside ``fes:And``), not captured live.
"""

import pytest

from agence_urbaine.core.sync.protocols import detect, looks_like_wfs, make_client
from agence_urbaine.core.sync.wfst import GEOSERVER, WfsTransactionClient, dialect_for

pytest_plugins = ["server_fixture"]

GS_CAPS = b"""<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"
  xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:agency="http://agency.ma"
  xmlns:xlink="http://www.w3.org/1999/xlink">
 <ows:ServiceIdentification><ows:Title>GeoServer Web Feature Service</ows:Title></ows:ServiceIdentification>
 <ows:OperationsMetadata><ows:Operation name="GetFeature"><ows:DCP><ows:HTTP>
  <ows:Get xlink:href="http://example/geoserver/wfs"/></ows:HTTP></ows:DCP></ows:Operation></ows:OperationsMetadata>
 <FeatureTypeList xmlns="http://www.opengis.net/wfs/2.0">
  <FeatureType><Name>agency:buildings</Name><Title>buildings</Title>
   <DefaultCRS>urn:ogc:def:crs:EPSG::26191</DefaultCRS>
   <ows:WGS84BoundingBox><ows:LowerCorner>-6.81 33.96</ows:LowerCorner>
   <ows:UpperCorner>-6.80 33.97</ows:UpperCorner></ows:WGS84BoundingBox></FeatureType>
 </FeatureTypeList>
</wfs:WFS_Capabilities>"""

GS_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:agency="http://agency.ma" xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
  targetNamespace="http://agency.ma">
 <xsd:import namespace="http://www.opengis.net/gml/3.2"
   schemaLocation="http://schemas.opengis.net/gml/3.2.1/gml.xsd"/>
 <xsd:complexType name="buildingsType"><xsd:complexContent>
  <xsd:extension base="gml:AbstractFeatureType"><xsd:sequence>
   <xsd:element maxOccurs="1" minOccurs="0" name="parcel_ref" nillable="true" type="xsd:string"/>
   <xsd:element maxOccurs="1" minOccurs="0" name="levels" nillable="true" type="xsd:int"/>
   <xsd:element maxOccurs="1" minOccurs="0" name="geom" nillable="true" type="gml:PolygonPropertyType"/>
  </xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>
 <xsd:element name="buildings" substitutionGroup="gml:AbstractFeature" type="agency:buildingsType"/>
</xsd:schema>"""

GS_HITS = b"""<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" numberMatched="2"
  numberReturned="0" timeStamp="2026-12-07T10:00:00Z"/>"""

GS_PAGE = b"""<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:agency="http://agency.ma" numberMatched="2" numberReturned="2" timeStamp="2026-12-07T10:00:00Z">
 <wfs:member><agency:buildings gml:id="buildings.17">
  <agency:parcel_ref>0012</agency:parcel_ref><agency:levels>2</agency:levels>
  <agency:geom><gml:Polygon srsName="urn:ogc:def:crs:EPSG::26191" gml:id="p17"><gml:exterior><gml:LinearRing>
   <gml:posList>380000 380000 380010.5 380000 380010.5 380010 380000 380000</gml:posList>
  </gml:LinearRing></gml:exterior></gml:Polygon></agency:geom></agency:buildings></wfs:member>
 <wfs:member><agency:buildings gml:id="buildings.18">
  <agency:levels>3</agency:levels>
  <agency:geom><gml:Polygon srsName="urn:ogc:def:crs:EPSG::26191" gml:id="p18"><gml:exterior><gml:LinearRing>
   <gml:posList>380100 380000 380110 380000 380110 380010 380100 380000</gml:posList>
  </gml:LinearRing></gml:exterior></gml:Polygon></agency:geom></agency:buildings></wfs:member>
</wfs:FeatureCollection>"""

GS_UPDATED_0 = b"""<wfs:TransactionResponse xmlns:wfs="http://www.opengis.net/wfs/2.0" version="2.0.0">
 <wfs:TransactionSummary><wfs:totalInserted>0</wfs:totalInserted><wfs:totalUpdated>0</wfs:totalUpdated>
 <wfs:totalReplaced>0</wfs:totalReplaced><wfs:totalDeleted>0</wfs:totalDeleted></wfs:TransactionSummary>
</wfs:TransactionResponse>"""

GS_INSERTED = b"""<wfs:TransactionResponse xmlns:wfs="http://www.opengis.net/wfs/2.0"
  xmlns:fes="http://www.opengis.net/fes/2.0" version="2.0.0">
 <wfs:TransactionSummary><wfs:totalInserted>1</wfs:totalInserted></wfs:TransactionSummary>
 <wfs:InsertResults><wfs:Feature><fes:ResourceId rid="buildings.42"/></wfs:Feature></wfs:InsertResults>
</wfs:TransactionResponse>"""


def _geoserver(http_stub, transaction=GS_UPDATED_0):
    def get(query):
        request = {k.upper(): v for k, v in query.items()}.get("REQUEST", "")
        if request == "GetCapabilities":
            return 200, "application/xml", GS_CAPS, {}
        if request == "DescribeFeatureType":
            return 200, "application/xml", GS_XSD, {}
        if {k.upper(): v for k, v in query.items()}.get("RESULTTYPE") == "hits":
            return 200, "application/xml", GS_HITS, {}
        return 200, "application/gml+xml; version=3.2", GS_PAGE, {}

    http_stub.respond("/geoserver/wfs", get)
    http_stub.respond("/geoserver/wfs", lambda q: (200, "application/xml", transaction, {}), method="POST")
    return WfsTransactionClient(http_stub.base_url + "/geoserver/wfs")


def test_geoserver_dialect_ids_counts_and_schema(http_stub):
    assert dialect_for(GS_CAPS) == GEOSERVER
    client = _geoserver(http_stub)
    assert client.dialect.version == "2.0.0" and client.dialect.geojson_format == "application/json"
    assert [c.id for c in client.collections(count=False)] == ["agency:buildings"]
    assert client.collection("agency:buildings").storage_crs == "http://www.opengis.net/def/crs/EPSG/0/26191"
    assert client.field_types("agency:buildings") == {"parcel_ref": "string", "levels": "integer"}
    pages = list(client.iter_pages("agency:buildings"))
    features = pages[0].features
    assert pages[0].number_matched == 2
    assert [f["id"] for f in features] == ["17", "18"]  # "buildings." prefix removed
    assert features[0]["properties"] == {"parcel_ref": "0012", "levels": 2}
    assert features[0]["geometry"]["coordinates"][0][1] == [380010.5, 380000.0]


def test_geoserver_update_filter_uses_resource_id_and_base_values(http_stub):
    client = _geoserver(http_stub)
    base = next(iter(client.iter_pages("agency:buildings"))).features[0]
    stored = {**base, "properties": {**base["properties"], "levels": 9}}
    http_stub.respond("/geoserver/wfs", lambda q: (200, "application/gml+xml", GS_PAGE.replace(
        b"<agency:levels>2</agency:levels>", b"<agency:levels>9</agency:levels>"), {}))
    change = {**base, "properties": {"levels": 4}}
    try:
        client.replace("agency:buildings", change, None, base=base)
        raised = None
    except Exception as err:
        raised = err
    assert type(raised).__name__ == "VersionConflict"
    assert raised.server_feature["properties"]["levels"] == stored["properties"]["levels"]
    body = next(b for m, _, _, b in http_stub.requests if m == "POST").decode()
    assert 'version="2.0.0"' in body and '<fes:ResourceId rid="buildings.17"/>' in body
    assert "<fes:And>" in body and "<fes:ValueReference>levels</fes:ValueReference>" in body
    assert "<fes:Literal>2</fes:Literal>" in body  # the base value, not ours
    assert "<wfs:ValueReference>levels</wfs:ValueReference><wfs:Value>4</wfs:Value>" in body


def test_geoserver_insert_reads_the_new_id_back(http_stub):
    client = _geoserver(http_stub, GS_INSERTED)
    feature = {"type": "Feature", "id": "tmp-1", "properties": {"levels": 1},
               "geometry": {"type": "Polygon",
                            "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]}}
    assert client.create("agency:buildings", feature) == "42"
    body = next(b for m, _, _, b in http_stub.requests if m == "POST").decode()
    assert '<t:buildings gml:id="buildings.tmp-1">' in body and 'srsName="EPSG:26191"' in body


def test_detection_on_both_real_servers(agency_server, wfs_server):
    assert detect(agency_server.base_url) == "ogcapi"
    assert detect(wfs_server.base_url) == "wfs"
    assert looks_like_wfs(wfs_server.base_url) and not looks_like_wfs(agency_server.base_url)
    with make_client(wfs_server.base_url) as client:
        assert type(client).__name__ == "WfsTransactionClient"
        assert {c.id for c in client.collections(count=False)} >= {"buildings", "parcels"}
    with make_client(agency_server.base_url) as client:
        assert type(client).__name__ == "OgcApiFeaturesClient"


def test_xml_with_a_document_type_is_refused_before_parsing():
    """Entity expansion ("billion laughs") needs a DTD; no WFS answer has one."""
    import xml.etree.ElementTree as ET

    from agence_urbaine.core.sync.wfst import _parse_xml

    laughs = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
              b"<wfs:FeatureCollection>&b;</wfs:FeatureCollection>")
    with pytest.raises(ET.ParseError):
        _parse_xml(laughs)
    assert _parse_xml(b"<a><b>1</b></a>").find("b").text == "1"


GS_UPDATED_1 = GS_UPDATED_0.replace(b"<wfs:totalUpdated>0</wfs:totalUpdated>",
                                    b"<wfs:totalUpdated>1</wfs:totalUpdated>")
GS_REFUSED = b"""<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">
 <ows:Exception exceptionCode="InvalidParameterValue" locator="a1">
 <ows:ExceptionText>levels: not an integer</ows:ExceptionText></ows:Exception></ows:ExceptionReport>"""


def _updates(client):
    from agence_urbaine.core.sync.client import Push

    page = next(iter(client.iter_pages("agency:buildings"))).features
    first, second = page  # levels 2 and 3 on the server
    return [Push("update", "17", {**first, "properties": {"levels": 2}}, None,  # already ours
                 base={**first, "properties": {"levels": 1}}, versioned=False),
            Push("update", "18", {**second, "properties": {"levels": 5}}, None,  # changed meanwhile
                 base={**second, "properties": {"levels": 4}}, versioned=False)]


def test_geoserver_batch_short_of_updates_is_settled_change_by_change(http_stub):
    client = _geoserver(http_stub, GS_UPDATED_1)
    changes = _updates(client)
    answer, filters = http_stub.routes[("GET", "/geoserver/wfs")], []
    http_stub.respond("/geoserver/wfs", lambda q: filters.append(q.get("FILTER")) or answer(q))
    outcomes = list(client.push("agency:buildings", changes))
    assert [type(o.error).__name__ for o in outcomes] == ["NoneType", "VersionConflict"]
    posts = [b.decode() for m, _, _, b in http_stub.requests if m == "POST"]
    assert len(posts) == 1 and posts[0].count("<wfs:Update") == 2  # one Transaction
    assert 'handle="a0"' in posts[0] and 'handle="a1"' in posts[0]
    [read] = filters  # the two features read back together, by their resource ids
    assert '<fes:ResourceId rid="buildings.17"/><fes:ResourceId rid="buildings.18"/>' in read


def test_geoserver_batch_refused_as_a_whole_is_sent_again_one_by_one(http_stub):
    client = _geoserver(http_stub)
    answers = iter([(400, GS_REFUSED), (200, GS_UPDATED_1), (200, GS_UPDATED_0)])
    http_stub.respond("/geoserver/wfs", lambda q: (lambda a: (a[0], "application/xml", a[1], {}))(
        next(answers)), method="POST")
    outcomes = list(client.push("agency:buildings", _updates(client)))
    posts = [b.decode() for m, _, _, b in http_stub.requests if m == "POST"]
    assert [p.count("<wfs:Update") for p in posts] == [2, 1, 1]  # the batch, then each alone
    assert outcomes[0].error is None and type(outcomes[1].error).__name__ == "VersionConflict"
    assert all(o.sent == 2 for o in outcomes)


GS_ONE_REFUSED = b"""<wfs:TransactionResponse xmlns:wfs="http://www.opengis.net/wfs" version="1.1.0">
 <wfs:TransactionSummary><wfs:totalUpdated>0</wfs:totalUpdated></wfs:TransactionSummary>
 <wfs:TransactionResults><wfs:Action locator="a0"><wfs:Message>Property conversion error</wfs:Message>
 </wfs:Action></wfs:TransactionResults></wfs:TransactionResponse>"""


def test_a_change_rolled_back_with_a_refused_one_is_sent_again_not_a_conflict(http_stub):
    # a server that names the refused action and rolls the other back with it (totalUpdated 0)
    client = _geoserver(http_stub)
    answers = iter([GS_ONE_REFUSED, GS_UPDATED_1])
    http_stub.respond("/geoserver/wfs", lambda q: (200, "application/xml", next(answers), {}), method="POST")
    outcomes = list(client.push("agency:buildings", _updates(client)))
    posts = [b.decode() for m, _, _, b in http_stub.requests if m == "POST"]
    assert [p.count("<wfs:Update") for p in posts] == [2, 1] and 'rid="buildings.18"' in posts[1]
    assert outcomes[1].error is None  # sent alone, applied: not taken for a conflict
