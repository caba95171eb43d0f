import schemathesis


def test_openapi_schema_is_valid_openapi(db, client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    schema = schemathesis.openapi.from_dict(response.json())
    schema.validate()


def test_openapi_schema_describes_every_plan_endpoint(db, client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    assert {
        "/api/v3/plans/",
        "/api/v3/plans/{plan_id}/",
        "/api/v3/plans/{plan_id}/log-entries/",
        "/api/v3/plans/{plan_id}/access-log/",
    } <= set(paths)
    assert not any(path.startswith("/api/v3/pages/") for path in paths)


def test_block_types_are_described(db, client):
    components = client.get("/api/v3/openapi.json").json()["components"]["schemas"]
    assert {"GoalPlanBlock", "SubGoalValue", "MeetingPlanBlock", "ConsentPlanBlock", "BatonPlanBlock"} <= set(
        components
    )


def test_interactive_docs_are_served(db, client):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    assert b"openapi.json" in response.content
