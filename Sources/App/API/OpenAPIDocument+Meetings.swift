extension OpenAPIDocument {
    /// Meetings, documents and report imports.
    static var meetingOperations: [Operation] {
        let search: [(name: String, type: String, description: String)] = [
            ("q", "string", "Name, place, title or number contains"), ("kind", "string", "Kind"),
            ("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 200"),
        ]
        return records(
            "/api/v1/meetings", tag: "meetings", schema: "Meeting", body: "MeetingBody", query: search,
            RecordSummaries(
                list: "Meetings, latest first", create: "Record a meeting with its participants (admin)",
                one: "One meeting with participants, documents and plans",
                replace: "Replace a meeting and its participants (admin)",
                delete: "Delete a meeting no plan comes from (admin)"))
            + records(
                "/api/v1/documents", tag: "meetings", schema: "Document", body: "DocumentBody", query: search,
                RecordSummaries(
                    list: "Documents, latest first", create: "Record a document (admin)", one: "One document",
                    replace: "Replace a document's fields and add files (admin)",
                    delete: "Delete a document no task cites, with its files (admin)"))
            + [
                Operation(
                    method: "post", path: "/api/v1/meetings/{id}/attendance",
                    summary: "Confirm attendance or send apologies for the caller's invited unit (liaison)",
                    tag: "meetings",
                    request: "Attendance", response: "Meeting"),
                Operation(
                    method: "post", path: "/api/v1/meetings/{id}/relay",
                    summary:
                        "Report how the caller's invited unit relayed and carried out the meeting (传达落实; liaison); a later report replaces it",
                    tag: "meetings", request: "RelayBody", response: "Meeting"),
                Operation(
                    method: "get", path: "/api/v1/relays",
                    summary:
                        "Relay reports of the meetings that ask for them (due within the last year), unit by unit; a liaison or viewer sees their own unit",
                    tag: "meetings", query: [("overdue", "boolean", "Only the missing ones past their due day")],
                    response: "RelayList"),
                Operation(
                    method: "post", path: "/api/v1/meetings/calendar/feed",
                    summary:
                        "A new secret address of the caller's calendar subscription (iCalendar, for phone calendars), shown once; the old one stops working",
                    tag: "meetings", response: "CalendarFeed", status: "201"),
                .removal("/api/v1/meetings/calendar/feed", "Stop the caller's calendar subscription", tag: "meetings"),
                .download("/api/v1/document-files/{id}", "A document's file, as a download", tag: "meetings"),
                .removal("/api/v1/document-files/{id}", "Remove a file from its document (admin)", tag: "meetings"),
                Operation(
                    method: "post", path: "/api/v1/imports",
                    summary:
                        "Read a meeting report into a draft (admin): JSON {text}, or multipart/form-data with `file` (.txt, .html, .docx, at most 10 MB). 201 with the draft; 200 with the earlier import when the same report was read before",
                    tag: "imports", request: "ImportText", response: "Import", status: "201"),
                Operation(
                    method: "post", path: "/api/v1/import-batches",
                    summary:
                        "Import many reports in the background (admin): multipart/form-data with `files[]` (at most 200, 100 MB in all) and `draftsOnly` (true to leave drafts to review). 202 with the batch; poll it for progress",
                    tag: "imports", request: "ImportBatchUpload", requestMediaType: "multipart/form-data",
                    response: "ImportBatch",
                    status: "202"),
                Operation(
                    method: "get", path: "/api/v1/import-batches/{id}",
                    summary: "A batch's progress and each file's result",
                    tag: "imports", response: "ImportBatch"),
                Operation(
                    method: "get", path: "/api/v1/imports/{id}",
                    summary: "One import: its draft and, once confirmed, what it created",
                    tag: "imports", response: "Import"),
                Operation(
                    method: "post", path: "/api/v1/imports/{id}/confirm",
                    summary:
                        "Create the meeting, its documents and a draft plan from the (edited) draft; confirming again creates nothing",
                    tag: "imports", request: "ConfirmImport", response: "ImportResult"),
            ]
    }
}
