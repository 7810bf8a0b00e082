/// JSON Schemas for the API's bodies, referenced from ``OpenAPIDocument``.
enum OpenAPISchemas {
    private static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    private static var dateTime: [String: Any] { ["type": "string", "format": "date-time"] }
    private static var unitKind: [String: Any] { ["type": "string", "enum": ["party_committee", "office", "member_unit", "county",
                                                                            "democratic_party", "federation", "other"]] }
    private static var role: [String: Any] { ["type": "string", "enum": ["admin", "leader", "liaison", "member", "viewer"]] }

    static var all: [String: Any] { [
        "OpenAPI": ["type": "object", "description": "An OpenAPI 3.1 document"],
        "Error": object(["error": object(["code": ["type": "string"], "message": ["type": "string"],
                                          "fields": ["type": "array", "items": object(["field": ["type": "string"],
                                                                                      "message": ["type": "string"]], required: ["field", "message"])]],
                                         required: ["code", "message"])], required: ["error"]),
        "Unit": object(["id": uuid, "code": ["type": "string"], "name": ["type": "string"], "kind": unitKind,
                        "kindLabel": ["type": "string"], "parentId": ["type": ["string", "null"], "format": "uuid"],
                        "sortOrder": ["type": "integer"], "isActive": ["type": "boolean"], "depth": ["type": "integer"],
                        "createdAt": dateTime, "updatedAt": dateTime],
                       required: ["id", "code", "name", "kind", "sortOrder", "isActive"]),
        "UnitList": list("Unit"),
        "CreateUnit": object(["code": ["type": "string", "maxLength": 32, "pattern": "^[a-z0-9_-]+$"],
                              "name": ["type": "string", "maxLength": 100], "kind": unitKind,
                              "parentId": ["type": ["string", "null"], "format": "uuid"], "sortOrder": ["type": "integer"]],
                             required: ["code", "name", "kind"]),
        "PatchUnit": object(["code": ["type": "string"], "name": ["type": "string"], "kind": unitKind,
                             "parentId": ["type": ["string", "null"], "format": "uuid",
                                          "description": "null makes the unit a root"],
                             "sortOrder": ["type": "integer"], "isActive": ["type": "boolean"]], required: []),
        "User": object(["id": uuid, "username": ["type": "string"], "displayName": ["type": "string"], "unitId": uuid,
                        "role": role, "isActive": ["type": "boolean"], "createdAt": dateTime, "updatedAt": dateTime],
                       required: ["id", "username", "displayName", "unitId", "role", "isActive"]),
        "UserList": list("User"),
        "CreateUser": object(["username": ["type": "string", "pattern": "^[a-z0-9._-]{2,32}$"],
                              "displayName": ["type": "string", "maxLength": 50], "unitId": uuid, "role": role,
                              "password": ["type": "string", "minLength": 10]],
                             required: ["username", "displayName", "unitId", "role", "password"]),
        "PatchUser": object(["displayName": ["type": "string"], "unitId": uuid, "role": role, "isActive": ["type": "boolean"]],
                            required: []),
        "AuditEntry": object(["id": uuid, "at": dateTime, "actorId": ["type": ["string", "null"], "format": "uuid"],
                              "actorName": ["type": "string"], "action": ["type": "string"], "subjectType": ["type": "string"],
                              "subjectId": ["type": "string"], "subjectLabel": ["type": "string"],
                              "changes": ["type": "object", "additionalProperties": object(
                                  ["before": ["type": ["string", "null"]], "after": ["type": ["string", "null"]]], required: [])]],
                             required: ["id", "at", "actorName", "action", "subjectType", "subjectId", "changes"]),
        "AuditList": list("AuditEntry"),
    ] }

    private static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    private static func list(_ item: String) -> [String: Any] {
        object(["items": ["type": "array", "items": ["$ref": "#/components/schemas/\(item)"]],
                "total": ["type": "integer"], "page": ["type": "integer"], "per": ["type": "integer"]],
               required: ["items", "total", "page", "per"])
    }
}
