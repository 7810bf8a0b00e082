import Domain

extension OpenAPIDocument {
    /// The yearly assessment (考核): schemes and their indicators, units' scorecards with
    /// self-assessment, review, bonus and deduction, appeal, and the ranking.
    static var assessmentOperations: [Operation] {
        let base = "/api/v1/assessments"
        func post(_ path: String, _ summary: String, request: String?, response: String, status: String = "200")
            -> Operation
        {
            Operation(
                method: "post", path: base + path, summary: summary, tag: "assessment", request: request,
                response: response, status: status)
        }
        func get(_ path: String, _ summary: String, response: String) -> Operation {
            Operation(method: "get", path: base + path, summary: summary, tag: "assessment", response: response)
        }
        return [
            get(
                "", "The schemes the caller may see, newest year first (drafts for the office and leaders only)",
                response: "AssessmentSchemeList"),
            post(
                "", "Draft a year's scheme (admin); copyFrom copies last year's indicators",
                request: "AssessmentSchemeBody", response: "AssessmentScheme", status: "201"),
            get(
                "/queue", "Self-assessments waiting for the caller's review, and (admin) appeals to answer",
                response: "AssessmentQueue"),
            get(
                "/{id}", "A scheme with its indicators, what stops it being issued, and the cards the caller may open",
                response: "AssessmentScheme"),
            post(
                "/{id}", "Change a scheme's settings (admin); once issued, with a reason (an amendment)",
                request: "AssessmentSchemeBody", response: "AssessmentScheme"),
            post(
                "/{id}/indicators", "Add an indicator (admin); once issued, with a reason",
                request: "AssessmentIndicatorBody", response: "AssessmentScheme", status: "201"),
            Operation(
                method: "post", path: base + "/{id}/import",
                summary:
                    "Replace a draft's indicators with a table (.xlsx or .csv, the scheme's export as template; multipart field file) (admin)",
                tag: "assessment", request: "AssessmentIndicatorUpload", requestMediaType: "multipart/form-data",
                response: "AssessmentScheme"),
            post(
                "/{id}/issue", "Issue a sound draft: every active unit of its kinds gets a card (admin)", request: nil,
                response: "AssessmentScheme"),
            post(
                "/{id}/close", "Close scoring, freezing the automatic figures as of asOf (default today) (admin)",
                request: "AssessmentScoring", response: "AssessmentScheme"),
            post(
                "/{id}/publish", "Publish the results for the scheme's window of working days (公示; admin)",
                request: nil, response: "AssessmentScheme"),
            post(
                "/{id}/finalise",
                "Make the results final once the window has closed and every appeal is answered (admin)", request: nil,
                response: "AssessmentScheme"),
            get(
                "/{id}/ranking",
                "Totals, ranks within each unit kind and grades, with last year's; units once published",
                response: "AssessmentRanking"),
            post(
                "/indicators/{id}", "Change an indicator (admin); once issued, with a reason and the same method",
                request: "AssessmentIndicatorBody", response: "AssessmentScheme"),
            Operation(
                method: "delete", path: base + "/indicators/{id}", summary: "Remove an indicator from a draft (admin)",
                tag: "assessment", response: "AssessmentScheme"),
            get(
                "/cards/{id}", "A unit's scorecard: indicators, figures, self-assessment, review, appeals, adjustments",
                response: "AssessmentCard"),
            post(
                "/cards/{id}/adjustments", "Add a bonus, deduction or veto to a card (admin)",
                request: "AssessmentScoring", response: "AssessmentCard", status: "201"),
            Operation(
                method: "delete", path: base + "/adjustments/{id}",
                summary: "Remove a bonus, deduction or veto before publication (admin)", tag: "assessment",
                response: "AssessmentCard"),
            post(
                "/entries/{id}/self",
                "Self-assess a manual indicator: score, statement, evidence and files (multipart files[], or attachments [{filename, contentBase64}] in JSON; at most 5 an indicator) (the unit's liaison)",
                request: "AssessmentScoring", response: "AssessmentCard"),
            post(
                "/entries/{id}/review",
                "Review a self-assessment: accept, adjust (score, reason) or return (reason) (the scorer)",
                request: "AssessmentScoring", response: "AssessmentCard"),
            post(
                "/entries/{id}/appeal", "Appeal an indicator's score during 公示 (the unit's liaison)",
                request: "AssessmentScoring", response: "AssessmentCard"),
            .download("/api/v1/assessments/files/{id}", "An evidence file of a scorecard line", tag: "assessment"),
            Operation(
                method: "delete", path: base + "/files/{id}",
                summary:
                    "Remove an evidence file while the indicator is still the unit's to assess (the unit's liaison)",
                tag: "assessment", response: "AssessmentCard"),
            get(
                "/entries/{id}/rows", "The records an automatic figure counted, each marked met or not",
                response: "AssessmentRows"),
            post(
                "/appeals/{id}/answer", "Answer an appeal: upheld with the new score, or not (admin)",
                request: "AssessmentScoring", response: "AssessmentCard"),
        ]
    }

    /// The schemas of the operations above.
    static var assessmentSchemas: [String: Any] {
        let text: [String: Any] = ["type": "string"]
        let points: [String: Any] = [
            "type": "string", "pattern": "^\\d+\\.\\d{2}$", "description": "Points with two decimals",
        ]
        let nullablePoints: [String: Any] = ["type": ["string", "null"], "pattern": "^\\d+\\.\\d{2}$"]
        let uuid = OpenAPISchemas.uuid
        let integer: [String: Any] = ["type": "integer"]
        let pointsInput: [String: Any] = [
            "type": ["string", "number"], "description": "Up to two decimals, e.g. \"12.5\"",
        ]
        let scheme = OpenAPISchemas.object(
            [
                "id": uuid, "year": integer, "title": text,
                "status": ["type": "string", "enum": SchemeStatus.allCases.map(\.rawValue)], "statusLabel": text,
                "totalPoints": points, "unitKinds": ["type": "array", "items": OpenAPISchemas.unitKind],
                "bonusCap": points, "deductionCap": points,
                "grading": ["type": "string", "enum": Grading.allCases.map(\.rawValue)],
                "gradeBounds": ["type": "array", "items": text], "windowDays": integer, "revision": integer,
                "figuresDay": ["type": ["string", "null"], "format": "date"],
                "publishedOn": ["type": ["string", "null"], "format": "date"],
                "windowEnds": ["type": ["string", "null"], "format": "date"],
            ], required: ["id", "year", "title", "status", "totalPoints", "unitKinds", "grading", "gradeBounds"])
        let indicator = OpenAPISchemas.object(
            [
                "id": uuid, "position": integer, "category": text, "name": text, "rule": text, "points": points,
                "method": ["type": ["string", "null"], "enum": IndicatorMethod.allCases.map(\.rawValue)],
                "metric": ["type": ["string", "null"], "enum": AutoMetric.allCases.map(\.rawValue)],
                "metricLabel": ["type": ["string", "null"]], "formula": ["type": ["string", "null"]],
                "scorerUnitId": OpenAPISchemas.nullableUUID, "scorerName": text,
            ], required: ["id", "position", "category", "name", "points", "scorerName"])
        let tally = OpenAPISchemas.object(["met": integer, "counted": integer], required: ["met", "counted"])
        let result = OpenAPISchemas.object(
            [
                "cardId": uuid, "unitId": uuid, "unitName": text, "unitKind": OpenAPISchemas.unitKind,
                "unitKindLabel": text,
                "indicators": points, "bonus": points, "deduction": points, "total": points,
                "vetoed": ["type": "boolean"],
                "rank": integer, "grade": ["type": "integer", "description": "0 优秀, 1 良好, 2 一般, 3 较差"],
                "gradeLabel": text,
                "lastYearTotal": nullablePoints, "lastYearRank": ["type": ["integer", "null"]],
                "lastYearGrade": ["type": ["string", "null"]],
            ], required: ["cardId", "unitId", "unitName", "total", "rank", "grade", "gradeLabel"])
        let appeal = OpenAPISchemas.object(
            [
                "id": uuid, "reason": text, "evidence": text,
                "status": ["type": "string", "enum": AppealStatus.allCases.map(\.rawValue)], "statusLabel": text,
                "answer": text, "oldScore": nullablePoints, "newScore": nullablePoints, "filedBy": text,
                "filedAt": OpenAPISchemas.dateTime,
            ], required: ["id", "reason", "status", "answer", "filedAt"])
        return [
            "AssessmentSchemeSummary": scheme,
            "AssessmentSchemeList": OpenAPISchemas.list("AssessmentSchemeSummary"),
            "AssessmentIndicator": indicator,
            "AssessmentScheme": OpenAPISchemas.object(
                [
                    "scheme": ["$ref": "#/components/schemas/AssessmentSchemeSummary"],
                    "indicators": ["type": "array", "items": ["$ref": "#/components/schemas/AssessmentIndicator"]],
                    "problems": ["type": "array", "items": text, "description": "What stops the scheme being issued"],
                    "cards": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            [
                                "cardId": uuid, "unitName": text, "unitKindLabel": text, "assessed": integer,
                                "manual": integer, "waiting": integer, "total": nullablePoints,
                            ], required: ["cardId", "unitName", "assessed", "manual", "waiting"]),
                    ],
                    "canManage": ["type": "boolean"], "rankingReadable": ["type": "boolean"],
                ], required: ["scheme", "indicators", "problems", "cards"]),
            "AssessmentSchemeBody": OpenAPISchemas.object(
                [
                    "year": integer, "title": text, "totalPoints": pointsInput,
                    "unitKinds": ["type": "array", "items": OpenAPISchemas.unitKind], "bonusCap": pointsInput,
                    "deductionCap": pointsInput,
                    "grading": ["type": "string", "enum": Grading.allCases.map(\.rawValue)],
                    "gradeBounds": [
                        "type": "string", "description": "Three bounds, e.g. \"90,80,60\" or \"30,40,20\"",
                    ],
                    "windowDays": integer, "copyFrom": uuid, "reason": text,
                ], required: ["year", "title"]),
            "AssessmentIndicatorBody": OpenAPISchemas.object(
                [
                    "category": text, "name": text, "rule": text, "points": pointsInput,
                    "method": ["type": "string", "enum": IndicatorMethod.allCases.map(\.rawValue)],
                    "metric": ["type": "string", "enum": AutoMetric.allCases.map(\.rawValue)], "scorerUnitId": uuid,
                    "reason": text,
                ], required: ["category", "name", "points"]),
            "AssessmentScoring": OpenAPISchemas.object(
                [
                    "score": pointsInput, "statement": text, "evidence": text,
                    "decision": ["type": "string", "enum": ScoringCommands.Decision.allCases.map(\.rawValue)],
                    "reason": text, "answer": text, "upheld": ["type": "boolean"],
                    "kind": ["type": "string", "enum": AdjustmentKind.allCases.map(\.rawValue)], "points": pointsInput,
                    "asOf": ["type": "string", "format": "date"],
                    "attachments": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            ["filename": text, "contentBase64": text], required: ["filename", "contentBase64"]),
                    ],
                ], required: []),
            "AssessmentCard": OpenAPISchemas.object(
                [
                    "scheme": ["$ref": "#/components/schemas/AssessmentSchemeSummary"], "cardId": uuid, "unitId": uuid,
                    "unitName": text, "asOf": ["type": "string", "format": "date"],
                    "lines": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            [
                                "entryId": uuid, "indicator": ["$ref": "#/components/schemas/AssessmentIndicator"],
                                "state": ["type": "string", "enum": EntryState.allCases.map(\.rawValue)],
                                "stateLabel": text,
                                "selfScore": nullablePoints, "statement": text, "evidence": text, "score": points,
                                "reviewReason": text, "tally": tally, "figure": ["type": ["string", "null"]],
                                "appeals": ["type": "array", "items": appeal],
                                "files": [
                                    "type": "array",
                                    "items": OpenAPISchemas.object(
                                        ["id": uuid, "filename": text, "size": integer],
                                        required: ["id", "filename", "size"]),
                                ],
                                "canSelfAssess": ["type": "boolean"],
                                "canReview": ["type": "boolean"], "canAppeal": ["type": "boolean"],
                                "canAnswerAppeal": ["type": "boolean"],
                            ], required: ["entryId", "indicator", "state", "score", "appeals"]),
                    ],
                    "adjustments": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            [
                                "id": uuid,
                                "kind": ["type": "string", "enum": AdjustmentKind.allCases.map(\.rawValue)],
                                "kindLabel": text, "points": points, "reason": text,
                            ], required: ["id", "kind", "points", "reason"]),
                    ],
                    "result": result, "canAdjust": ["type": "boolean"],
                ], required: ["scheme", "cardId", "unitId", "unitName", "lines", "adjustments"]),
            "AssessmentRanking": OpenAPISchemas.object(
                [
                    "scheme": ["$ref": "#/components/schemas/AssessmentSchemeSummary"],
                    "results": ["type": "array", "items": result], "hasLastYear": ["type": "boolean"],
                ], required: ["scheme", "results", "hasLastYear"]),
            "AssessmentRows": OpenAPISchemas.object(
                [
                    "unitName": text, "figure": text, "asOf": ["type": "string", "format": "date"],
                    "indicator": ["$ref": "#/components/schemas/AssessmentIndicator"],
                    "rows": [
                        "type": "array",
                        "items": OpenAPISchemas.object(
                            ["title": text, "day": text, "met": ["type": "boolean"], "path": text],
                            required: ["title", "day", "met", "path"]),
                    ],
                ], required: ["unitName", "figure", "rows"]),
            "AssessmentIndicatorUpload": OpenAPISchemas.object(
                ["file": ["type": "string", "format": "binary", "description": ".xlsx or .csv, at most 900 KB"]],
                required: ["file"]),
            "AssessmentQueue": OpenAPISchemas.list("AssessmentQueueLine"),
            "AssessmentQueueLine": OpenAPISchemas.object(
                [
                    "year": integer, "unitName": text, "indicatorName": text, "cardId": uuid, "entryId": uuid,
                    "appealId": OpenAPISchemas.nullableUUID, "kindLabel": text,
                ], required: ["year", "unitName", "indicatorName", "cardId", "entryId", "kindLabel"]),
        ]
    }
}
