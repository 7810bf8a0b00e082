import Domain
import Vapor

/// What the assessment's forms and the API send. One body per move, decoded from a form or
/// from JSON alike; numbers of points may come as text (“12.50”) or as JSON numbers.
enum AssessmentBodies {
    /// A scheme's settings, and for a new one the scheme to copy indicators from.
    struct Scheme: Content {
        var year: Int?
        var title: String?
        var totalPoints: String?
        var unitKinds: [String]?
        var bonusCap: String?
        var deductionCap: String?
        var grading: String?
        var gradeBounds: String?
        var windowDays: Int?
        var copyFrom: UUID?
        /// Why an issued scheme is amended.
        var reason: String?

        init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            year = try values.lenientInt(.year)
            title = try values.decodeIfPresent(String.self, forKey: .title)
            totalPoints = try values.pointsText(.totalPoints)
            unitKinds = try values.decodeIfPresent([String].self, forKey: .unitKinds)
            bonusCap = try values.pointsText(.bonusCap)
            deductionCap = try values.pointsText(.deductionCap)
            grading = try values.decodeIfPresent(String.self, forKey: .grading)
            gradeBounds = try values.decodeIfPresent(String.self, forKey: .gradeBounds)
            windowDays = try values.lenientInt(.windowDays)
            copyFrom = (try? values.decodeIfPresent(UUID.self, forKey: .copyFrom)) ?? nil
            reason = try values.decodeIfPresent(String.self, forKey: .reason)
        }

        init() {}

        var settings: SchemeSettings {
            let defaults = SchemeSettings(year: nil, title: "")
            return SchemeSettings(
                year: year, title: title ?? "", totalPoints: totalPoints ?? defaults.totalPoints,
                unitKinds: unitKinds ?? defaults.unitKinds, bonusCap: bonusCap ?? defaults.bonusCap,
                deductionCap: deductionCap ?? defaults.deductionCap, grading: grading ?? defaults.grading,
                gradeBounds: gradeBounds ?? defaults.gradeBounds, windowDays: windowDays ?? defaults.windowDays)
        }
    }

    struct Indicator: Content {
        var category: String?
        var name: String?
        var rule: String?
        var points: String?
        var method: String?
        var metric: String?
        var scorerUnitId: String?
        var reason: String?

        init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            category = try values.decodeIfPresent(String.self, forKey: .category)
            name = try values.decodeIfPresent(String.self, forKey: .name)
            rule = try values.decodeIfPresent(String.self, forKey: .rule)
            points = try values.pointsText(.points)
            method = try values.decodeIfPresent(String.self, forKey: .method)
            metric = try values.decodeIfPresent(String.self, forKey: .metric)
            scorerUnitId = try values.decodeIfPresent(String.self, forKey: .scorerUnitId)
            reason = try values.decodeIfPresent(String.self, forKey: .reason)
        }

        init() {}

        var input: IndicatorInput {
            IndicatorInput(
                category: category ?? "", name: name ?? "", rule: rule ?? "", points: points ?? "",
                method: method ?? "", metric: method == IndicatorMethod.auto.rawValue ? metric ?? "" : "",
                scorerUnitID: scorerUnitId.flatMap(UUID.init(uuidString:)))
        }
    }

    /// A self-assessment, a review, an appeal or its answer, a bonus or deduction.
    struct Scoring: Content {
        var score: String?
        var statement: String?
        var evidence: String?
        var decision: String?
        var reason: String?
        var answer: String?
        var upheld: Bool?
        var kind: String?
        var points: String?
        var asOf: String?
        /// Evidence files: chosen in the form (`files[]`), or base64 in JSON (`attachments`).
        var files: [File]?
        var attachments: [CreateReportBody.Attachment]?

        /// The files sent either way, or a field error naming one that is not base64.
        func uploads() throws -> [AttachmentUpload] {
            (files ?? []).attachmentUploads + (try (attachments ?? []).map { try $0.upload() })
        }

        init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            files = try values.decodeIfPresent([File].self, forKey: .files)
            attachments = try values.decodeIfPresent([CreateReportBody.Attachment].self, forKey: .attachments)
            score = try values.pointsText(.score)
            statement = try values.decodeIfPresent(String.self, forKey: .statement)
            evidence = try values.decodeIfPresent(String.self, forKey: .evidence)
            decision = try values.decodeIfPresent(String.self, forKey: .decision)
            reason = try values.decodeIfPresent(String.self, forKey: .reason)
            answer = try values.decodeIfPresent(String.self, forKey: .answer)
            // A form sends upheld=1 or upheld=0; JSON sends a boolean.
            if let flag = try? values.decodeIfPresent(Bool.self, forKey: .upheld) {
                upheld = flag
            } else {
                upheld = try values.decodeIfPresent(String.self, forKey: .upheld).map { $0 == "1" || $0 == "true" }
            }
            kind = try values.decodeIfPresent(String.self, forKey: .kind)
            points = try values.pointsText(.points)
            asOf = try values.decodeIfPresent(String.self, forKey: .asOf)
        }
    }
}

extension KeyedDecodingContainer {
    /// Points as text, whether sent as “12.5” or as the JSON number 12.5 (kept exact).
    fileprivate func pointsText(_ key: Key) throws -> String? {
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        return try decodeIfPresent(Decimal.self, forKey: key).map { "\($0)" }
    }

    /// A whole number sent as a JSON number or as a form's text; empty text is none.
    fileprivate func lenientInt(_ key: Key) throws -> Int? {
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return number }
        guard let text = try decodeIfPresent(String.self, forKey: key)?.trimmingCharacters(in: .whitespaces),
            !text.isEmpty
        else { return nil }
        guard let number = Int(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "a whole number")
        }
        return number
    }
}
