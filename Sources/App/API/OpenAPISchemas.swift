import Domain

/// JSON Schemas for the API's bodies, referenced from ``OpenAPIDocument``.
enum OpenAPISchemas {
    static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    static var dateTime: [String: Any] { ["type": "string", "format": "date-time"] }
    static var unitKind: [String: Any] {
        [
            "type": "string",
            "enum": [
                "party_committee", "office", "member_unit", "county",
                "democratic_party", "federation", "other",
            ],
        ]
    }
    static var role: [String: Any] { ["type": "string", "enum": ["admin", "leader", "liaison", "member", "viewer"]] }

    static var all: [String: Any] {
        [
            "OpenAPI": ["type": "object", "description": "An OpenAPI 3.1 document"],
            "Error": object(
                [
                    "error": object(
                        [
                            "code": ["type": "string"], "message": ["type": "string"],
                            "fields": [
                                "type": "array",
                                "items": object(
                                    [
                                        "field": ["type": "string"],
                                        "message": ["type": "string"],
                                    ], required: ["field", "message"]),
                            ],
                        ],
                        required: ["code", "message"])
                ], required: ["error"]),
            "Unit": object(
                [
                    "id": uuid, "code": ["type": "string"], "name": ["type": "string"], "kind": unitKind,
                    "kindLabel": ["type": "string"], "parentId": ["type": ["string", "null"], "format": "uuid"],
                    "sortOrder": ["type": "integer"], "isActive": ["type": "boolean"], "depth": ["type": "integer"],
                    "createdAt": dateTime, "updatedAt": dateTime,
                ],
                required: ["id", "code", "name", "kind", "sortOrder", "isActive"]),
            "UnitList": list("Unit"),
            "CreateUnit": object(
                [
                    "code": ["type": "string", "maxLength": 32, "pattern": "^[a-z0-9_-]+$"],
                    "name": ["type": "string", "maxLength": 100], "kind": unitKind,
                    "parentId": ["type": ["string", "null"], "format": "uuid"], "sortOrder": ["type": "integer"],
                ],
                required: ["code", "name", "kind"]),
            "PatchUnit": object(
                [
                    "code": ["type": "string"], "name": ["type": "string"], "kind": unitKind,
                    "parentId": [
                        "type": ["string", "null"], "format": "uuid",
                        "description": "null makes the unit a root",
                    ],
                    "sortOrder": ["type": "integer"], "isActive": ["type": "boolean"],
                ], required: []),
            "User": object(
                [
                    "id": uuid, "username": ["type": "string"], "displayName": ["type": "string"], "unitId": uuid,
                    "role": role, "isActive": ["type": "boolean"], "createdAt": dateTime, "updatedAt": dateTime,
                ],
                required: ["id", "username", "displayName", "unitId", "role", "isActive"]),
            "UserList": list("User"),
            "CreateUser": object(
                [
                    "username": ["type": "string", "pattern": "^[a-z0-9._-]{2,32}$"],
                    "displayName": ["type": "string", "maxLength": 50], "unitId": uuid, "role": role,
                    "password": ["type": "string", "minLength": 10],
                ],
                required: ["username", "displayName", "unitId", "role", "password"]),
            "PatchUser": object(
                ["displayName": ["type": "string"], "unitId": uuid, "role": role, "isActive": ["type": "boolean"]],
                required: []),
            "AuditEntry": object(
                [
                    "id": uuid, "at": dateTime, "actorId": ["type": ["string", "null"], "format": "uuid"],
                    "actorName": ["type": "string"], "action": ["type": "string"], "subjectType": ["type": "string"],
                    "subjectId": ["type": "string"], "subjectLabel": ["type": "string"],
                    "changes": [
                        "type": "object",
                        "additionalProperties": object(
                            ["before": ["type": ["string", "null"]], "after": ["type": ["string", "null"]]],
                            required: []),
                    ],
                ],
                required: ["id", "at", "actorName", "action", "subjectType", "subjectId", "changes"]),
            "AuditList": list("AuditEntry"),
            "Binary": ["type": "string", "format": "binary"],
            "Notice": object(
                [
                    "id": uuid, "number": ["type": "string"], "taskId": nullableUUID, "unitId": uuid,
                    "reason": ["type": "string"],
                    "requiredAction": ["type": "string"], "replyDue": day,
                    "status": ["type": "string", "enum": ["issued", "answered", "closed"]],
                    "statusLabel": ["type": "string"],
                    "answer": ["type": "string"], "reviewComment": ["type": "string"], "createdAt": dateTime,
                ],
                required: ["id", "number", "unitId", "reason", "requiredAction", "replyDue", "status"]),
            "NoticeList": list("Notice"),
            "CreateNotice": object(
                [
                    "taskId": uuid, "unitId": uuid, "reason": ["type": "string", "maxLength": 2000],
                    "requiredAction": ["type": "string", "maxLength": 2000], "replyDue": day,
                ],
                required: ["unitId", "reason", "requiredAction", "replyDue"]),
            "Text": object(
                [
                    "text": ["type": "string", "description": "An answer"],
                    "comment": ["type": "string", "description": "Why it is returned"],
                    "measures": ["type": "string"], "evidence": ["type": "string"],
                ], required: []),
            "Inspection": object(
                [
                    "id": uuid, "title": ["type": "string"], "day": day, "inspectors": ["type": "string"],
                    "summary": ["type": "string"],
                ], required: ["id", "title", "day"]),
            "InspectionList": list("Inspection"),
            "CreateInspection": object(
                [
                    "title": ["type": "string", "maxLength": 200], "day": day, "inspectors": ["type": "string"],
                    "summary": ["type": "string"],
                    "problems": [
                        "type": "array", "maxItems": 200,
                        "items": object(
                            ["unitId": uuid, "problem": ["type": "string"], "deadline": day],
                            required: ["unitId", "problem", "deadline"]),
                    ],
                ],
                required: ["title", "day", "problems"]),
            "Rectification": object(
                [
                    "id": uuid, "inspectionId": uuid, "inspectionTitle": ["type": "string"],
                    "position": ["type": "integer"],
                    "unitId": uuid, "unitName": ["type": "string"], "problem": ["type": "string"], "deadline": day,
                    "measures": ["type": "string"], "evidence": ["type": "string"],
                    "status": ["type": "string", "enum": ["open", "submitted", "returned", "signed_off"]],
                    "statusLabel": ["type": "string"], "reviewComment": ["type": "string"],
                ],
                required: ["id", "inspectionId", "unitId", "problem", "deadline", "status"]),
            "RectificationList": list("Rectification"),
            "Message": object(
                [
                    "id": uuid,
                    "kind": [
                        "type": "string",
                        "enum": NotificationKind.allCases.map(\.rawValue),
                    ],
                    "kindLabel": ["type": "string"], "title": ["type": "string"], "body": ["type": "string"],
                    "subjectType": [
                        "type": "string", "enum": ["task", "notice", "inspection", "meeting", "suggestion"],
                    ], "subjectId": uuid,
                    "createdAt": dateTime, "readAt": ["type": ["string", "null"], "format": "date-time"],
                ],
                required: ["id", "kind", "title", "body", "subjectType", "subjectId", "createdAt"]),
            "MessageList": list("Message"),
        ].merging(work) { first, _ in first }.merging(meetings) { first, _ in first }
            .merging(suggestions) { first, _ in first }.merging(OpenAPIDocument.todoSchemas) { first, _ in first }
            .merging(OpenAPIDocument.assessmentSchemas) { first, _ in first }
    }

    static var nullableUUID: [String: Any] { ["type": ["string", "null"], "format": "uuid"] }
    static var day: [String: Any] { ["type": "string", "format": "date"] }
    static var frequency: [String: Any] { ["type": "string", "enum": ["monthly", "quarterly", "milestones"]] }
    static var taskStatus: [String: Any] {
        ["type": "string", "enum": ["not_started", "in_progress", "done", "suspended", "closed"]]
    }
    static var light: [String: Any] { ["type": "string", "enum": ["green", "yellow", "red"]] }

    static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    static func list(_ item: String) -> [String: Any] {
        object(
            [
                "items": ["type": "array", "items": ["$ref": "#/components/schemas/\(item)"]],
                "total": ["type": "integer"], "page": ["type": "integer"], "per": ["type": "integer"],
            ],
            required: ["items", "total", "page", "per"])
    }
}
