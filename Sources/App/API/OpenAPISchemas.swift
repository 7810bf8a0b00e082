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
            "Plan": object(
                [
                    "id": uuid, "title": ["type": "string"],
                    "period": ["type": "string", "examples": ["2026", "2026-2027"]],
                    "periodLabel": ["type": "string"], "status": ["type": "string", "enum": ["draft", "issued"]],
                    "statusLabel": ["type": "string"], "sourceMeetingId": nullableUUID, "createdAt": dateTime,
                ],
                required: ["id", "title", "period", "status"]),
            "PlanList": list("Plan"),
            "CreatePlan": object(
                [
                    "title": ["type": "string", "maxLength": 200],
                    "period": [
                        "type": "string", "description": "2026, or a range such as 2026-2027 (at most 10 years)",
                    ],
                ],
                required: ["title", "period"]),
            "Task": object(
                [
                    "id": uuid, "planId": uuid, "areaId": nullableUUID, "parentId": nullableUUID,
                    "title": ["type": "string"],
                    "description": ["type": "string"], "leadUnitId": uuid, "leadUnitName": ["type": "string"],
                    "coUnits": [
                        "type": "array",
                        "items": object(
                            [
                                "unitId": uuid, "name": ["type": "string"], "part": ["type": "string"],
                                "signedOffAt": dateTime,
                            ],
                            required: ["unitId", "name", "part"]),
                    ],
                    "leader": ["type": "string"], "startDay": day, "deadline": day, "reportFrequency": frequency,
                    "nextReportDue": ["type": ["string", "null"], "format": "date"], "status": taskStatus,
                    "statusLabel": ["type": "string"], "progress": ["type": "integer", "minimum": 0, "maximum": 100],
                    "light": light, "lightLabel": ["type": "string"],
                    "tags": ["type": "array", "items": ["type": "string"]],
                    "sourceMeetingId": nullableUUID, "sourceDocumentId": nullableUUID,
                    "basis": [
                        "type": "string",
                        "description":
                            "The cited document and meeting (依据) as the responsibility table shows them; single task only",
                    ],
                    "updatedAt": dateTime,
                ],
                required: ["id", "planId", "title", "leadUnitId", "deadline", "status", "progress", "light"]),
            "TaskList": list("Task"),
            "CoUnitSignOff": object(["unitId": uuid], required: ["unitId"]),
            "CreateTask": object(
                [
                    "planId": uuid, "areaId": uuid, "parentId": uuid, "title": ["type": "string", "maxLength": 300],
                    "description": ["type": "string", "maxLength": 5000], "leadUnitId": uuid,
                    "coUnitIds": ["type": "array", "items": uuid, "maxItems": 50],
                    "coUnitParts": [
                        "type": "object", "additionalProperties": ["type": "string"],
                        "description": "Each co-operating unit's part, by unit id",
                    ],
                    "leader": ["type": "string", "maxLength": 100], "startDay": day, "deadline": day,
                    "milestones": [
                        "type": "array",
                        "items": object(
                            ["day": day, "progress": ["type": "integer"]],
                            required: ["day", "progress"]),
                    ],
                    "reportFrequency": frequency,
                    "tags": ["type": "array", "items": ["type": "string"], "maxItems": 10],
                    "sourceMeetingId": uuid, "sourceDocumentId": uuid,
                ],
                required: ["planId", "title", "leadUnitId", "deadline"]),
            "Report": object(
                [
                    "id": uuid, "taskId": uuid, "unitId": uuid, "authorName": ["type": "string"],
                    "text": ["type": "string"],
                    "progress": ["type": "integer"], "problems": ["type": "string"], "nextSteps": ["type": "string"],
                    "status": ["type": "string", "enum": ["submitted", "accepted", "returned"]],
                    "statusLabel": ["type": "string"],
                    "reviewComment": ["type": "string"], "submittedAt": dateTime, "reviewedAt": dateTime,
                    "attachments": [
                        "type": "array",
                        "items": object(
                            [
                                "id": uuid, "filename": ["type": "string"],
                                "size": ["type": "integer"],
                            ], required: ["id", "filename", "size"]),
                    ],
                ],
                required: ["id", "taskId", "unitId", "text", "progress", "status"]),
            "ReportList": list("Report"),
            "CreateReport": object(
                [
                    "text": ["type": "string", "maxLength": 5000],
                    "progress": ["type": "integer", "minimum": 0, "maximum": 100],
                    "problems": ["type": "string"], "nextSteps": ["type": "string"], "reportId": uuid,
                    "attachments": [
                        "type": "array", "maxItems": 5,
                        "items": object(
                            [
                                "filename": ["type": "string"],
                                "contentBase64": [
                                    "type": "string", "contentEncoding": "base64",
                                    "description": "At most 5 MB decoded",
                                ],
                            ],
                            required: ["filename", "contentBase64"]),
                    ],
                ],
                required: ["text", "progress"]),
            "ReturnReport": object(["comment": ["type": "string", "maxLength": 1000]], required: ["comment"]),
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
                        "enum": [
                            "report_due", "report_overdue", "deadline_soon", "report_returned",
                            "red_escalation", "notice_issued", "notice_returned",
                            "rectification_returned", "relay_due", "relay_overdue",
                            "suggestion_due", "suggestion_overdue", "suggestion_routed",
                            "suggestion_answer_returned", "suggestion_answered",
                            "suggestion_cosign_invited", "suggestion_sent_back",
                        ],
                    ],
                    "kindLabel": ["type": "string"], "title": ["type": "string"], "body": ["type": "string"],
                    "subjectType": [
                        "type": "string", "enum": ["task", "notice", "inspection", "meeting", "suggestion"],
                    ], "subjectId": uuid,
                    "createdAt": dateTime, "readAt": ["type": ["string", "null"], "format": "date-time"],
                ],
                required: ["id", "kind", "title", "body", "subjectType", "subjectId", "createdAt"]),
            "MessageList": list("Message"),
        ].merging(meetings) { first, _ in first }.merging(suggestions) { first, _ in first }
    }

    /// The suggestions channel.

    /// Meetings, documents and imports.

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
