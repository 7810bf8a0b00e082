import Domain
import Foundation

extension AccessCases {
    /// The yearly assessment: the office manages and answers appeals; the office and leaders read
    /// every card and the ranking; a unit reads its own card, and the ranking once published;
    /// only a unit's liaison self-assesses and appeals; only the named scorer (here the office) reviews.
    static var assessmentCases: [AccessCase] {
        let scheme: [(String, String)] = [("year", "2031"), ("title", "考核方案"), ("unitKinds[]", "member_unit")]
        let indicator: [(String, String)] = [
            ("category", "组织领导"), ("name", "理论学习"), ("points", "60"), ("method", "manual"), ("reason", "细化"),
        ]
        let selfBody: [(String, String)] = [("score", "50"), ("statement", "按季学习"), ("evidence", "")]
        let appealBody: [(String, String)] = [("reason", "记录已补充"), ("evidence", "")]
        func json(_ pairs: [(String, String)]) -> [String: Any] { Dictionary(uniqueKeysWithValues: pairs) }
        func page(
            _ method: String, _ pattern: String, _ subject: AccessCase.Subject, _ path: @escaping (World) -> String,
            form: [(String, String)]? = nil, _ allowed: @escaping (Role) -> Bool
        ) -> [AccessCase] {
            let api = "/api/v1" + pattern
            return [
                AccessCase(
                    method: method, pattern: pattern, subject: subject, path: path,
                    form: form ?? (method == "POST" ? [] : nil), allowed: allowed),
                AccessCase(
                    method: method, pattern: api, subject: subject, path: { "/api/v1" + path($0) },
                    json: method == "POST" ? json(form ?? []) : nil, allowed: allowed),
            ]
        }
        let a = { (world: World) in world.assessment }
        var cases: [AccessCase] = []
        cases += page("GET", "/assessments", .none, { _ in "/assessments" }, readsPlans)
        cases += page("GET", "/assessments/queue", .none, { _ in "/assessments/queue" }, readsPlans)
        cases += page("POST", "/assessments", .none, { _ in "/assessments" }, form: scheme, adminOnly)
        cases += page("GET", "/assessments/:id", .none, { "/assessments/\(id(a($0).scheme))" }, readsPlans)
        cases += page(
            "POST", "/assessments/:id", .none, { "/assessments/\(id(a($0).scheme))" },
            form: [("year", "2026"), ("title", "统战工作考核"), ("reason", "改名"), ("unitKinds[]", "member_unit")], adminOnly)
        cases += page(
            "POST", "/assessments/:id/indicators", .none, { "/assessments/\(id(a($0).scheme))/indicators" },
            form: indicator,
            adminOnly)
        cases += page(
            "GET", "/assessments/:id/ranking", .none, { "/assessments/\(id(a($0).past))/ranking" }, readsPlans)
        cases.append(
            AccessCase(
                method: "GET", pattern: "/assessments/:id/ranking", subject: .own,
                path: { "/assessments/\(id(a($0).scheme))/ranking" }, allowed: readsAllTasks))
        cases.append(
            AccessCase(
                method: "GET", pattern: "/assessments/indicators/:id/edit", subject: .none,
                path: { "/assessments/indicators/\(id(a($0).indicator))/edit" }, allowed: adminOnly))
        cases += page(
            "POST", "/assessments/indicators/:id", .none, { "/assessments/indicators/\(id(a($0).indicator))" },
            form: indicator, adminOnly)
        cases.append(
            AccessCase(
                method: "POST", pattern: "/assessments/indicators/:id/delete", subject: .none,
                path: { "/assessments/indicators/\(id(a($0).indicator))/delete" }, form: [], allowed: adminOnly))
        cases.append(
            AccessCase(
                method: "DELETE", pattern: "/api/v1/assessments/indicators/:id", subject: .none,
                path: { "/api/v1/assessments/indicators/\(id(a($0).indicator))" }, allowed: adminOnly))
        cases += page(
            "GET", "/assessments/cards/:id", .ownUnit, { "/assessments/cards/\(id(a($0).cardA))" }, readsPlans)
        cases += page(
            "GET", "/assessments/cards/:id", .otherUnit, { "/assessments/cards/\(id(a($0).cardB))" }, readsAllTasks)
        cases += page(
            "GET", "/assessments/entries/:id/rows", .ownUnit, { "/assessments/entries/\(id(a($0).autoA))/rows" },
            readsPlans)
        cases += page(
            "GET", "/assessments/entries/:id/rows", .otherUnit, { "/assessments/entries/\(id(a($0).autoB))/rows" },
            readsAllTasks)
        cases += page(
            "POST", "/assessments/entries/:id/self", .ownUnit, { "/assessments/entries/\(id(a($0).entryA))/self" },
            form: selfBody, liaisonOnly)
        cases += page(
            "POST", "/assessments/entries/:id/self", .otherUnit, { "/assessments/entries/\(id(a($0).entryB))/self" },
            form: selfBody, nobody)
        cases += page(
            "POST", "/assessments/entries/:id/review", .otherUnit,
            { "/assessments/entries/\(id(a($0).entryB))/review" },
            form: [("decision", "accept")], adminOnly)
        cases += page(
            "POST", "/assessments/entries/:id/appeal", .ownUnit,
            { "/assessments/entries/\(id(a($0).pastEntryA))/appeal" },
            form: appealBody, liaisonOnly)
        cases += page(
            "POST", "/assessments/entries/:id/appeal", .otherUnit,
            { "/assessments/entries/\(id(a($0).pastEntryB))/appeal" }, form: appealBody, nobody)
        cases += page(
            "POST", "/assessments/appeals/:id/answer", .ownUnit, { "/assessments/appeals/\(id(a($0).appeal))/answer" },
            form: [("upheld", "false"), ("answer", "依据不足")], adminOnly)
        cases += page(
            "POST", "/assessments/cards/:id/adjustments", .ownUnit,
            { "/assessments/cards/\(id(a($0).cardA))/adjustments" },
            form: [("kind", "deduction"), ("points", "1"), ("reason", "迟报")], adminOnly)
        cases.append(
            AccessCase(
                method: "POST", pattern: "/assessments/adjustments/:id/delete", subject: .ownUnit,
                path: { "/assessments/adjustments/\(id(a($0).adjustment))/delete" }, form: [], allowed: adminOnly))
        cases.append(
            AccessCase(
                method: "DELETE", pattern: "/api/v1/assessments/adjustments/:id", subject: .ownUnit,
                path: { "/api/v1/assessments/adjustments/\(id(a($0).adjustment))" }, allowed: adminOnly))
        // An import with no file: the office hears what is missing (422), the others are refused.
        cases.append(
            AccessCase(
                method: "POST", pattern: "/assessments/:id/import", subject: .none,
                path: { "/assessments/\(id(a($0).scheme))/import" }, form: [], allowed: adminOnly))
        cases.append(
            AccessCase(
                method: "POST", pattern: "/api/v1/assessments/:id/import", subject: .none,
                path: { "/api/v1/assessments/\(id(a($0).scheme))/import" }, json: [:], allowed: adminOnly))
        // Unit A's evidence files: read by whoever reads its card; removed by its liaison, one each way.
        cases += page(
            "GET", "/assessments/files/:id", .ownUnit, { "/assessments/files/\(id(a($0).files[0]))" }, readsPlans)
        cases.append(
            AccessCase(
                method: "POST", pattern: "/assessments/files/:id/delete", subject: .ownUnit,
                path: { "/assessments/files/\(id(a($0).files[0]))/delete" }, form: [], allowed: liaisonOnly))
        cases.append(
            AccessCase(
                method: "DELETE", pattern: "/api/v1/assessments/files/:id", subject: .ownUnit,
                path: { "/api/v1/assessments/files/\(id(a($0).files[1]))" }, allowed: liaisonOnly))
        // The year's moves last: they change what the cases above try.
        for move in ["issue", "close", "publish", "finalise"] {
            cases += page(
                "POST", "/assessments/:id/\(move)", .none, { "/assessments/\(id(a($0).scheme))/\(move)" }, form: [],
                adminOnly)
        }
        return cases
    }
}
