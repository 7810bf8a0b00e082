import Foundation

extension OpenAPISchemas {
    /// Plans, tasks and progress reports.
    static var work: [String: Any] {
        [
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
        ]
    }
}
