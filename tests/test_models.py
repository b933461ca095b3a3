import json

import vnextract
from vnextract import Fact


def test_fact_json_has_contract_fields(extractor):
    facts = extractor.extract("Năm 2020, giá trị sản xuất công nghiệp ước đạt trên 68.800 tỷ đồng, giảm 1,7%.")
    data = [f.model_dump(mode="json") for f in facts]
    assert set(data[0]) == {"quantity", "metric", "period", "kind", "direction", "status", "subject", "base"}
    assert set(data[0]["quantity"]) == {"text", "start", "end", "number", "number_max", "unit", "value",
                                        "value_max", "canonical_unit", "approx"}
    assert set(data[0]["period"]) == {"text", "start", "end", "from", "to"}
    assert data[0]["quantity"]["value"] == 6.88e13 and data[0]["quantity"]["approx"] == "over"
    assert data[0]["status"] == "estimate" and data[1]["kind"] == "change" and data[1]["direction"] == "down"
    assert data[0]["period"]["from"] == "2020"
    # round trip through JSON
    again = Fact.model_validate(json.loads(json.dumps(data[0])))
    assert again.quantity.value == 6.88e13 and again.period.from_ == "2020"


def test_evidence_only_on_request(extractor):
    fact = extractor.extract("Kim ngạch xuất khẩu đạt 2.090 triệu USD.")[0]
    assert "evidence" not in fact.model_dump(mode="json")
    assert fact.to_json(evidence=True)["evidence"]["quantity"] == ["scale:triệu", "unit:USD"]


def test_schema_names_fields():
    schema = Fact.model_json_schema(by_alias=True)
    assert "quantity" in schema["properties"]
    assert "from" in json.dumps(schema)


def test_public_api():
    assert set(vnextract.__all__) >= {"extract", "Extractor", "RuleSet", "Fact", "score"}
    assert vnextract.extract("tăng 2,6%")[0].quantity.value == 2.6
