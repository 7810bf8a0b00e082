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
        let response: String
        var status = "200"
    }

    static var operations: [Operation] { [
        Operation(method: "get", path: "/api/v1/openapi.json", summary: "This document", tag: "meta", response: "OpenAPI"),
        Operation(method: "get", path: "/api/v1/units", summary: "The unit tree, parents before children", tag: "units",
                  query: [("active", "boolean", "Only active units")], response: "UnitList"),
        Operation(method: "post", path: "/api/v1/units", summary: "Create a unit (admin)", tag: "units",
                  request: "CreateUnit", response: "Unit", status: "201"),
        Operation(method: "get", path: "/api/v1/units/{id}", summary: "One unit", tag: "units", response: "Unit"),
        Operation(method: "patch", path: "/api/v1/units/{id}", summary: "Edit, move, reorder, deactivate a unit (admin)",
                  tag: "units", request: "PatchUnit", response: "Unit"),
        Operation(method: "get", path: "/api/v1/users", summary: "Users the caller may see", tag: "users",
                  query: [("unitId", "string", "Unit id"), ("role", "string", "Role"), ("q", "string", "Username or name contains"),
                          ("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 200")],
                  response: "UserList"),
        Operation(method: "post", path: "/api/v1/users", summary: "Create a user (admin)", tag: "users",
                  request: "CreateUser", response: "User", status: "201"),
        Operation(method: "get", path: "/api/v1/users/{id}", summary: "One user", tag: "users", response: "User"),
        Operation(method: "patch", path: "/api/v1/users/{id}", summary: "Edit or deactivate a user (admin)", tag: "users",
                  request: "PatchUser", response: "User"),
        Operation(method: "get", path: "/api/v1/audit", summary: "Audit log, newest first (admin)", tag: "audit",
                  query: [("actor", "string", "Username"), ("action", "string", "Action, or a prefix ending in '.'"),
                          ("subjectType", "string", "unit, user, api_token"), ("subjectId", "string", "Subject id"),
                          ("from", "string", "First day, YYYY-MM-DD"), ("to", "string", "Last day, YYYY-MM-DD"),
                          ("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 200")],
                  response: "AuditList"),
    ] }

    /// The document as JSON bytes, built once.
    static let json: Data = {
        (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }()

    static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method] = describe(operation)
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Tongxin API", "version": "1.0.0",
                     "description": "Authenticate with `Authorization: Bearer <token>` (create one with `tongxin token create` or on your user page). Same-origin browser calls may use the session cookie with the `X-CSRF-Token` header."],
            "servers": [["url": "/"]],
            "security": [["bearer": [String]()]],
            "paths": paths,
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                           "schemas": OpenAPISchemas.all],
        ]
    }

    private static func describe(_ operation: Operation) -> [String: Any] {
        var parameters: [[String: Any]] = operation.query.map {
            ["name": $0.name, "in": "query", "required": false, "description": $0.description, "schema": ["type": $0.type]]
        }
        if operation.path.contains("{id}") {
            parameters.insert(["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]], at: 0)
        }
        var responses: [String: Any] = [
            operation.status: ["description": "Success", "content": ["application/json": ["schema": ref(operation.response)]]],
            "401": errorResponse("Not signed in or bad token"),
        ]
        if operation.path.contains("{id}") { responses["404"] = errorResponse("No such record") }
        if operation.path != "/api/v1/openapi.json" { responses["403"] = errorResponse("Not allowed for this role or unit") }
        if operation.request != nil {
            for (code, text) in [("400", "Malformed body"), ("409", "Conflicts with stored data"), ("413", "Body too large"),
                                 ("422", "Invalid fields")] {
                responses[code] = errorResponse(text)
            }
        }
        var result: [String: Any] = ["summary": operation.summary, "tags": [operation.tag],
                                     "operationId": operation.method + operation.path.replacingOccurrences(of: "/", with: "_"),
                                     "responses": responses]
        if !parameters.isEmpty { result["parameters"] = parameters }
        if let request = operation.request {
            result["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref(request)]]]
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
