import Foundation

extension OpenAPISchemas {
    /// Meetings, documents and imports.
    static var meetings: [String: Any] {
        let text: [String: Any] = ["type": "string"]
        let participant = object(
            ["name": text, "position": text, "roles": ["type": "array", "items": text], "unitId": nullableUUID],
            required: ["name"])
        let meetingKind: [String: Any] = [
            "type": "string", "enum": ["plenary", "special", "working", "progress", "joint", "consultation", "other"],
        ]
        let documentKind: [String: Any] = [
            "type": "string",
            "enum": [
                "opinion", "rules", "responsibility", "notice", "plan", "key_points",
                "scheme", "report", "other",
            ],
        ]
        let uuids: [String: Any] = ["type": "array", "items": uuid]
        let recurrence: [String: Any] = [
            "type": "string", "enum": ["none", "monthly", "quarterly", "half_yearly", "yearly"],
        ]
        let relayState: [String: Any] = [
            "type": ["string", "null"],
            "description": "reported, pending or overdue; null when the meeting asks for no relay report",
        ]
        let nullableDay: [String: Any] = ["type": ["string", "null"], "format": "date"]
        let nullableText: [String: Any] = ["type": ["string", "null"]]
        let draft: [String: Any] = [
            "type": "object",
            "description":
                "The reader's JSON (snake_case keys as in the corpus answer key: meeting_name, meeting_date, people, documents, requirements, …) plus optional edits: kind, time, place, host_unit_id, plan_title, plan_period; people[].unit_id; requirements[].drop, title, lead_unit_id, co_unit_ids, deadline",
        ]
        return [
            "Meeting": object(
                [
                    "id": uuid, "kind": meetingKind, "kindLabel": text, "name": text, "day": day, "time": text,
                    "place": text,
                    "hostUnitId": nullableUUID, "chair": text, "agenda": text, "minutes": text, "decisions": text,
                    "participants": ["type": "array", "items": participant], "documentIds": uuids, "planIds": uuids,
                    "topics": [
                        "type": "array",
                        "items": object(
                            ["suggestionId": uuid, "number": text, "title": text, "status": text],
                            required: ["suggestionId"]),
                    ],
                    "invitations": [
                        "type": "array",
                        "items": object(
                            [
                                "unitId": uuid,
                                "attendance": [
                                    "type": "string",
                                    "enum": ["invited", "confirmed", "declined"],
                                ],
                                "attendanceLabel": text, "note": text,
                                "relayState": relayState, "relayStateLabel": text,
                                "relayedOn": nullableDay, "relayText": nullableText,
                                "relaySubmittedAt": dateTime,
                            ], required: ["unitId", "attendance"]),
                    ],
                    "recurrence": recurrence, "recurrenceLabel": text, "previousMeetingId": nullableUUID,
                    "nextMeetingId": nullableUUID, "relayDue": nullableDay,
                ],
                required: ["id", "kind", "name", "day", "recurrence"]),
            "MeetingList": list("Meeting"),
            "MeetingBody": object(
                [
                    "kind": meetingKind, "name": ["type": "string", "maxLength": 200], "day": day, "time": text,
                    "place": text, "hostUnitId": nullableUUID, "chair": text, "agenda": text, "minutes": text,
                    "decisions": text, "participants": ["type": "array", "items": participant], "invitedUnitIds": uuids,
                    "recurrence": recurrence,
                    "relayDue": [
                        "type": "string", "format": "date",
                        "description": "Invited units report how they relayed the meeting (传达落实) by this day",
                    ],
                ],
                required: ["name", "day"]),
            "RelayBody": object(
                ["relayedOn": day, "text": ["type": "string", "maxLength": 5000]], required: ["relayedOn", "text"]),
            "Relay": object(
                [
                    "meetingId": uuid, "meetingName": text, "meetingDay": day, "relayDue": day, "unitId": uuid,
                    "unitName": text,
                    "state": relayState, "stateLabel": text, "relayedOn": nullableDay, "text": nullableText,
                ],
                required: ["meetingId", "unitId", "state", "relayDue"]),
            "RelayList": ["type": "array", "items": ["$ref": "#/components/schemas/Relay"]],
            "Attendance": object(
                ["attending": ["type": "boolean"], "note": ["type": "string", "maxLength": 500]],
                required: ["attending"]),
            "Document": object(
                [
                    "id": uuid, "title": text, "number": text, "kind": documentKind, "kindLabel": text,
                    "issuingUnitId": nullableUUID, "day": text, "body": text, "meetingId": nullableUUID,
                    "planId": nullableUUID,
                    "attachments": [
                        "type": "array", "description": "The document's files (single document only)",
                        "items": object(
                            ["id": uuid, "filename": text, "size": ["type": "integer"]],
                            required: ["id", "filename", "size"]),
                    ],
                ],
                required: ["id", "title", "kind"]),
            "DocumentList": list("Document"),
            "DocumentBody": object(
                [
                    "title": ["type": "string", "maxLength": 200], "number": text, "kind": documentKind,
                    "issuingUnitId": nullableUUID, "day": day, "body": text, "meetingId": nullableUUID,
                    "planId": nullableUUID,
                    "attachments": [
                        "type": "array", "maxItems": 10, "description": "Files to add (at most 10 per document)",
                        "items": object(
                            [
                                "filename": text,
                                "contentBase64": [
                                    "type": "string", "contentEncoding": "base64",
                                    "description": "At most 5 MB decoded",
                                ],
                            ],
                            required: ["filename", "contentBase64"]),
                    ],
                ],
                required: ["title"]),
            "ImportText": object(["text": text], required: ["text"]),
            "Import": object(
                [
                    "id": uuid, "status": ["type": "string", "enum": ["draft", "confirmed"]], "sourceName": text,
                    "createdAt": dateTime, "draft": draft, "text": text,
                    "result": ["$ref": "#/components/schemas/ImportResult"],
                ],
                required: ["id", "status", "draft"]),
            "ConfirmImport": object(["draft": draft], required: []),
            "ImportBatchUpload": object(
                [
                    "files[]": ["type": "array", "items": ["type": "string", "format": "binary"], "maxItems": 200],
                    "draftsOnly": ["type": "boolean"],
                ], required: ["files[]"]),
            "ImportBatch": object(
                [
                    "id": uuid, "status": ["type": "string", "enum": ["running", "finished", "interrupted"]],
                    "statusLabel": text, "draftsOnly": ["type": "boolean"], "total": ["type": "integer"],
                    "done": ["type": "integer"], "created": ["type": "integer"], "drafted": ["type": "integer"],
                    "skipped": ["type": "integer"], "failed": ["type": "integer"],
                    "items": [
                        "type": "array",
                        "items": object(
                            [
                                "file": text,
                                "outcome": ["type": "string", "enum": ["created", "drafted", "skipped", "failed"]],
                                "message": text, "importId": uuid, "meetingId": uuid, "planId": uuid,
                            ],
                            required: ["file", "outcome"]),
                    ],
                    "waiting": ["type": "array", "items": text, "description": "Files not read yet, while running"],
                    "createdAt": dateTime, "createdBy": text, "finishedAt": dateTime,
                ],
                required: ["id", "status", "total", "done", "items", "waiting"]),
            "ImportResult": object(
                ["meetingId": uuid, "planId": uuid, "taskIds": uuids, "documentIds": uuids],
                required: ["meetingId", "planId", "taskIds", "documentIds"]),
            "Empty": ["type": "object", "description": "No content"],
        ]
    }
}
