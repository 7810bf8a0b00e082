import Domain

extension OpenAPIDocument {
    /// The caller's 待办 and the moves made from it that have no other home: a leader's
    /// instruction and the office's reminder (催报).
    static var todoOperations: [Operation] {
        [
            Operation(
                method: "get", path: "/api/v1/todo",
                summary: "What waits for the caller's move or their unit's (待办), oldest first, with each kind's count",
                tag: "todo",
                query: [
                    ("kind", "string", "One kind: " + TodoItem.Kind.allCases.map(\.rawValue).joined(separator: ", "))
                ],
                response: "TodoList"),
            Operation(
                method: "post", path: "/api/v1/tasks/{id}/instructions",
                summary: "Write an instruction (批示) on a task (leader)",
                tag: "tasks", request: "Text", response: "Task"),
            .download(
                "/api/v1/plans/{id}/responsibility.docx", "The plan's 责任分工方案 as a Word document (GB/T 9704)",
                tag: "plans"),
            .download("/api/v1/notices/{id}/notice.docx", "A 督办单 as a Word document (GB/T 9704)", tag: "supervision"),
            Operation(
                method: "post", path: "/api/v1/tasks/{id}/remind",
                summary:
                    "Remind a unit to report (催报; admin): the lead unit unless unitId names a co-operating one; once a day per task and unit",
                tag: "tasks", request: "Remind", response: "Reminded"),
        ]
    }

    /// The schemas of the operations above.
    static var todoSchemas: [String: Any] {
        let text: [String: Any] = ["type": "string"]
        let day = OpenAPISchemas.day
        return [
            "CalendarFeed": OpenAPISchemas.object(
                ["url": ["type": "string", "description": "The subscription's address, ending .ics"]], required: ["url"]
            ),
            "Remind": OpenAPISchemas.object(["unitId": ["type": "string", "format": "uuid"]], required: []),
            "Reminded": OpenAPISchemas.object(["unitName": text, "message": text], required: ["unitName", "message"]),
            "TodoList": OpenAPISchemas.object(
                [
                    "items": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            [
                                "kind": ["type": "string", "enum": TodoItem.Kind.allCases.map(\.rawValue)],
                                "kindLabel": text, "title": text, "detail": text, "since": day,
                                "due": ["type": ["string", "null"], "format": "date"], "overdue": ["type": "boolean"],
                                "link": ["type": "string", "description": "The page where the move is made"],
                                "subjectType": [
                                    "type": "string",
                                    "enum": [
                                        "task", "notice", "inspection", "suggestion", "meeting", "assessment_card",
                                    ],
                                ],
                                "subjectId": ["type": "string", "format": "uuid"],
                            ],
                            required: [
                                "kind", "kindLabel", "title", "since", "overdue", "link", "subjectType", "subjectId",
                            ]),
                    ],
                    "total": ["type": "integer"],
                    "counts": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            ["kind": text, "label": text, "count": ["type": "integer"]],
                            required: ["kind", "label", "count"]),
                    ],
                ], required: ["items", "total", "counts"]),
        ]
    }
}
