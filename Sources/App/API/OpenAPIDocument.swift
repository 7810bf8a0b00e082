import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, built from the operation table below.
/// A test compares the table with the registered routes, so the two cannot drift.
enum OpenAPIDocument {
    struct Operation {
        let method: String
        /// OpenAPI path template, e.g. `/api/v1/units/{id}`.
        let path: String
        let summary: String
        let tag: String
        var query: [(name: String, type: String, description: String)] = []
        var request: String?
        /// The request body's media type when it is not JSON (a multipart upload).
        var requestMediaType = "application/json"
        let response: String
        var status = "200"
        /// A file answer's media type; nil for JSON.
        var mediaType: String? = nil
        /// Open to anyone, without a token (the public page's data).
        var isPublic = false

        /// A file answered as a download.
        static func download(_ path: String, _ summary: String, tag: String) -> Operation {
            Operation(
                method: "get", path: path, summary: summary, tag: tag, response: "Binary",
                mediaType: "application/octet-stream")
        }

        /// A DELETE answered with 204 and no body.
        static func removal(_ path: String, _ summary: String, tag: String) -> Operation {
            Operation(method: "delete", path: path, summary: summary, tag: tag, response: "Empty", status: "204")
        }
    }

    /// What each of a kind of record's five operations does, as its summary says it.
    struct RecordSummaries {
        let list: String
        let create: String
        let one: String
        let replace: String
        let delete: String
    }

    /// A kind of record's operations at `path` (`/api/v1/meetings`): the list (with `query`),
    /// creating (201), one (`{id}`), replacing (PUT) and deleting (204). The record is the schema
    /// `schema`, its list `schema + "List"`, the body `body`.
    static func records(
        _ path: String, tag: String, schema: String, body: String,
        query: [(name: String, type: String, description: String)], _ says: RecordSummaries
    ) -> [Operation] {
        let one = path + "/{id}"
        return [
            Operation(method: "get", path: path, summary: says.list, tag: tag, query: query, response: schema + "List"),
            Operation(
                method: "post", path: path, summary: says.create, tag: tag, request: body, response: schema,
                status: "201"),
            Operation(method: "get", path: one, summary: says.one, tag: tag, response: schema),
            Operation(method: "put", path: one, summary: says.replace, tag: tag, request: body, response: schema),
            .removal(one, says.delete, tag: tag),
        ]
    }

    private static let page: [(name: String, type: String, description: String)] = [
        ("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 200"),
    ]

    static var operations: [Operation] {
        [
            Operation(
                method: "get", path: "/api/v1/openapi.json", summary: "This document", tag: "meta", response: "OpenAPI"),
            Operation(
                method: "get", path: "/api/v1/units", summary: "The unit tree, parents before children", tag: "units",
                query: [("active", "boolean", "Only active units")], response: "UnitList"),
            Operation(
                method: "post", path: "/api/v1/units", summary: "Create a unit (admin)", tag: "units",
                request: "CreateUnit", response: "Unit", status: "201"),
            Operation(method: "get", path: "/api/v1/units/{id}", summary: "One unit", tag: "units", response: "Unit"),
            Operation(
                method: "patch", path: "/api/v1/units/{id}", summary: "Edit, move, reorder, deactivate a unit (admin)",
                tag: "units", request: "PatchUnit", response: "Unit"),
            Operation(
                method: "get", path: "/api/v1/users", summary: "Users the caller may see", tag: "users",
                query: [
                    ("unitId", "string", "Unit id"), ("role", "string", "Role"),
                    ("q", "string", "Username or name contains"),
                    ("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 200"),
                ],
                response: "UserList"),
            Operation(
                method: "post", path: "/api/v1/users", summary: "Create a user (admin)", tag: "users",
                request: "CreateUser", response: "User", status: "201"),
            Operation(method: "get", path: "/api/v1/users/{id}", summary: "One user", tag: "users", response: "User"),
            Operation(
                method: "patch", path: "/api/v1/users/{id}", summary: "Edit or deactivate a user (admin)", tag: "users",
                request: "PatchUser", response: "User"),
            Operation(
                method: "get", path: "/api/v1/audit", summary: "Audit log, newest first (admin)", tag: "audit",
                query: [
                    ("actor", "string", "Username"), ("action", "string", "Action, or a prefix ending in '.'"),
                    ("subjectType", "string", "unit, user, api_token"), ("subjectId", "string", "Subject id"),
                    ("from", "string", "First day, YYYY-MM-DD"), ("to", "string", "Last day, YYYY-MM-DD"),
                    ("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 200"),
                ],
                response: "AuditList"),
            Operation(
                method: "get", path: "/api/v1/plans", summary: "Plans, newest first", tag: "plans", response: "PlanList"
            ),
            Operation(
                method: "post", path: "/api/v1/plans", summary: "Create a draft plan (admin)", tag: "plans",
                request: "CreatePlan", response: "Plan", status: "201"),
            Operation(method: "get", path: "/api/v1/plans/{id}", summary: "One plan", tag: "plans", response: "Plan"),
            Operation(
                method: "get", path: "/api/v1/plans/{id}/responsibility.xlsx",
                summary: "The responsibility table (责任分工方案) as Excel; only the tasks the caller may see", tag: "plans",
                response: "Binary", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Operation(
                method: "get", path: "/api/v1/tasks", summary: "Tasks the caller may see, filtered", tag: "tasks",
                query: [
                    ("planId", "string", "Plan id"), ("unitId", "string", "Lead or co-operating unit id"),
                    ("areaId", "string", "Area id"),
                    ("status", "string", "not_started, in_progress, done, suspended, closed"),
                    ("light", "string", "green, yellow, red"), ("from", "string", "Deadline from, YYYY-MM-DD"),
                    ("to", "string", "Deadline to, YYYY-MM-DD"), ("q", "string", "Words in the title"),
                    ("overdue", "boolean", "Only tasks past the deadline or with a report past due"),
                    ("sort", "string", "deadline, progress, light, updated, number"), ("dir", "string", "asc or desc"),
                ] + page,
                response: "TaskList"),
            Operation(
                method: "post", path: "/api/v1/tasks", summary: "Create a task (admin)", tag: "tasks",
                request: "CreateTask", response: "Task", status: "201"),
            Operation(method: "get", path: "/api/v1/tasks/{id}", summary: "One task", tag: "tasks", response: "Task"),
            Operation(
                method: "get", path: "/api/v1/tasks/{id}/reports", summary: "A task's progress reports, newest first",
                tag: "reports", response: "ReportList"),
            Operation(
                method: "post", path: "/api/v1/tasks/{id}/reports",
                summary:
                    "Report progress (liaison of the lead or a co-operating unit); reportId resubmits a returned report",
                tag: "reports", request: "CreateReport", response: "Report", status: "201"),
            .download("/api/v1/attachments/{id}", "A report's attachment, as a download", tag: "reports"),
            Operation(
                method: "post", path: "/api/v1/tasks/{id}/cosignoff",
                summary: "Sign a co-operating unit's part off (admin)",
                tag: "tasks", request: "CoUnitSignOff", response: "Task"),
            Operation(
                method: "post", path: "/api/v1/reports/{id}/accept", summary: "Accept a report (admin)", tag: "reports",
                response: "Report"),
            Operation(
                method: "post", path: "/api/v1/reports/{id}/return",
                summary: "Send a report back with a comment (admin)",
                tag: "reports", request: "ReturnReport", response: "Report"),
            Operation(
                method: "get", path: "/api/v1/notices",
                summary: "Supervision notices (督办单) the caller may see, newest first",
                tag: "supervision", query: [("open", "boolean", "Leave out closed notices")] + page,
                response: "NoticeList"),
            Operation(
                method: "post", path: "/api/v1/notices", summary: "Issue a supervision notice to a unit (admin)",
                tag: "supervision",
                request: "CreateNotice", response: "Notice", status: "201"),
            Operation(
                method: "get", path: "/api/v1/notices/{id}", summary: "One notice", tag: "supervision",
                response: "Notice"),
            Operation(
                method: "post", path: "/api/v1/notices/{id}/answer", summary: "Answer a notice (liaison of its unit)",
                tag: "supervision", request: "Text", response: "Notice"),
            Operation(
                method: "post", path: "/api/v1/notices/{id}/return", summary: "Send an answer back (admin)",
                tag: "supervision",
                request: "Text", response: "Notice"),
            Operation(
                method: "post", path: "/api/v1/notices/{id}/close", summary: "Close an answered notice (admin)",
                tag: "supervision",
                response: "Notice"),
            Operation(
                method: "get", path: "/api/v1/inspections", summary: "Inspections (督查), newest first",
                tag: "supervision",
                response: "InspectionList"),
            Operation(
                method: "post", path: "/api/v1/inspections",
                summary: "Record an inspection and its problem list (admin)",
                tag: "supervision", request: "CreateInspection", response: "Inspection", status: "201"),
            Operation(
                method: "get", path: "/api/v1/rectification",
                summary: "The rectification ledger (整改台账) the caller may see",
                tag: "supervision",
                query: [
                    ("inspectionId", "string", "One inspection"),
                    ("status", "string", "open, submitted, returned, signed_off"),
                ],
                response: "RectificationList"),
            Operation(
                method: "post", path: "/api/v1/rectification/{id}/submit",
                summary: "Report an item rectified with measures and evidence (liaison of its unit)",
                tag: "supervision",
                request: "Text", response: "Rectification"),
            Operation(
                method: "post", path: "/api/v1/rectification/{id}/return", summary: "Return an item (admin)",
                tag: "supervision",
                request: "Text", response: "Rectification"),
            Operation(
                method: "post", path: "/api/v1/rectification/{id}/signoff", summary: "Sign an item off, 销号 (admin)",
                tag: "supervision", response: "Rectification"),
            Operation(
                method: "get", path: "/api/v1/inbox", summary: "The caller's inbox messages, newest first",
                tag: "inbox",
                query: [("unread", "boolean", "Only unread messages")] + page, response: "MessageList"),
            Operation(
                method: "post", path: "/api/v1/inbox/{id}/read", summary: "Mark one of the caller's messages read",
                tag: "inbox",
                response: "Message"),
        ] + todoOperations + meetingOperations + suggestionOperations + assessmentOperations
    }

    /// The document as JSON bytes, built once.
    static let json: Data = {
        (try? JSONSerialization.data(
            withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }()

    static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method] = describe(operation)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Tongxin API", "version": "1.0.0",
                "description":
                    "Authenticate with `Authorization: Bearer <token>` (create one with `tongxin token create` or on your user page). Same-origin browser calls may use the session cookie with the `X-CSRF-Token` header.",
            ],
            "servers": [["url": "/"]],
            "security": [["bearer": [String]()]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": OpenAPISchemas.all,
            ],
        ]
    }

    private static func describe(_ operation: Operation) -> [String: Any] {
        var parameters: [[String: Any]] = operation.query.map {
            [
                "name": $0.name, "in": "query", "required": false, "description": $0.description,
                "schema": ["type": $0.type],
            ]
        }
        if operation.path.contains("{id}") {
            parameters.insert(
                ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]], at: 0)
        }
        let content: [String: Any] =
            operation.mediaType.map { [$0: ["schema": ["type": "string", "format": "binary"]]] }
            ?? ["application/json": ["schema": ref(operation.response)]]
        let success: [String: Any] =
            operation.status == "204" ? ["description": "Done"] : ["description": "Success", "content": content]
        var responses: [String: Any] = [operation.status: success]
        if !operation.isPublic { responses["401"] = errorResponse("Not signed in or bad token") }
        if operation.path.contains("{id}") { responses["404"] = errorResponse("No such record") }
        if operation.path != "/api/v1/openapi.json", !operation.isPublic {
            responses["403"] = errorResponse("Not allowed for this role or unit")
        }
        if operation.request != nil {
            for (code, text) in [
                ("400", "Malformed body"), ("409", "Conflicts with stored data"), ("413", "Body too large"),
                ("422", "Invalid fields"),
            ] {
                responses[code] = errorResponse(text)
            }
        }
        var result: [String: Any] = [
            "summary": operation.summary, "tags": [operation.tag],
            "operationId": operation.method + operation.path.replacingOccurrences(of: "/", with: "_"),
            "responses": responses,
        ]
        if !parameters.isEmpty { result["parameters"] = parameters }
        if operation.isPublic { result["security"] = [[String: [String]]]() }
        if let request = operation.request {
            result["requestBody"] = [
                "required": true, "content": [operation.requestMediaType: ["schema": ref(request)]],
            ]
        }
        return result
    }

    private static func ref(_ name: String) -> [String: Any] {
        ["$ref": "#/components/schemas/\(name)"]
    }

    private static func errorResponse(_ description: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": ref("Error")]]]
    }
}
