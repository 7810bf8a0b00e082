import Domain
import Fluent
import Foundation
import TestSupport
import Testing

@Suite struct PagesTests {
    @Test func securityHeadersOnPagesAPIAndErrors() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            for path in ["/signin", "/healthz", "/no-such-page", "/api/v1/units"] {
                let response = try await client.get(path)
                let csp = try #require(response.headers.first(name: "Content-Security-Policy"), "CSP on \(path)")
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
            }
        }
    }

    @Test func oneErrorPageThatShowsNoInternals() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let missing = try await client.get("/units/\(UUID().uuidString)")
            #expect(missing.status == 404)
            #expect(missing.body.contains("找不到页面（404）") && missing.body.contains("单位不存在"))
            let unknown = try await client.get("/definitely/not/here")
            #expect(unknown.status == 404 && unknown.body.contains("<h1>找不到页面（404）</h1>"))
            let huge = try await client.post("/units", form: [("name", String(repeating: "大", count: 400_000))])
            #expect(huge.status == 413 && huge.body.contains("内容太大"))
            for response in [missing, unknown, huge] {
                #expect(
                    !response.body.contains("Fluent") && !response.body.contains("Abort")
                        && !response.body.contains(".swift"))
            }
        }
    }

    @Test func formsKeepInputAndShowErrorsBesideFields() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let response = try await client.post(
                "/units",
                form: [
                    ("name", "统战部"), ("code", "Not Valid"), ("kind", "member_unit"),
                    ("parentId", ""),
                ])
            #expect(response.status == 422)
            #expect(response.body.contains("error-summary"))
            #expect(response.body.contains("单位代码只能包含小写字母"))
            #expect(response.body.contains("value=\"统战部\""))
            #expect(response.body.contains("value=\"Not Valid\""))
        }
    }

    @Test func userTextIsEscapedEverywhere() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let name = "<script>alert(\"x\")</script>&amp;"
            let created = try await client.post(
                "/units", form: [("name", name), ("code", "xss"), ("kind", "other"), ("parentId", "")])
            #expect(created.status == 303)
            let unit = try #require(try await OrgUnit.find(code: "xss", on: app.db))
            for path in [
                "/units", "/units/\(unit.id!.uuidString.lowercased())",
                "/units/\(unit.id!.uuidString.lowercased())/edit", "/audit",
            ] {
                let page = try await client.get(path)
                #expect(!page.body.contains("<script>"), "raw script on \(path)")
                #expect(
                    page.body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;"),
                    "escaped name on \(path)")
            }
        }
    }

    @Test func traditionalDisplayConvertsThePageButNotStoredValues() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            _ = try await client.post(
                "/units", form: [("name", "统战部"), ("code", "tzb"), ("kind", "member_unit"), ("parentId", "")])
            let switched = try await client.post("/account/display", form: [("traditional", "1")])
            #expect(switched.status == 303)
            let unit = try #require(try await OrgUnit.find(code: "tzb", on: app.db))
            let edit = try await client.get("/units/\(unit.id!.uuidString.lowercased())/edit")
            #expect(edit.body.contains("<html lang=\"zh-TW\">"))
            #expect(edit.body.contains("編輯單位"))
            #expect(edit.body.contains("value=\"统战部\""), "the stored name stays as typed in the form")
            let list = try await client.get("/units")
            #expect(list.body.contains("統戰部") && list.body.contains("工作臺"))
            #expect(list.body.contains("name=\"back\" value=\"/units\""), "the display switch comes back to this page")
            #expect(try await client.get("/units?page=1").body.contains("name=\"back\" value=\"/units?page=1\""))
            _ = try await client.post("/account/display", form: [("traditional", "0")])
            #expect(try await client.get("/units").body.contains("<html lang=\"zh-CN\">"))
        }
    }

    @Test func everyPageHasTheLayoutLandmarks() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            for path in [
                "/", "/units", "/units/new", "/users", "/users/new", "/audit", "/account/password", "/plans",
                "/plans/new",
                "/tasks", "/tasks/overdue", "/tasks/completion", "/tasks/new",
            ] {
                let page = try await client.get(path)
                #expect(page.status == 200, "\(path)")
                for landmark in [
                    "<nav class=\"sidenav\" aria-label=\"主导航\">", "<main id=\"main\"", "<h1>", "/static/app.css",
                    "name=\"_csrf\"",
                ] {
                    #expect(page.body.contains(landmark), "\(landmark) on \(path)")
                }
                // One external script (print buttons) and no inline ones: the CSP bars them.
                #expect(page.body.components(separatedBy: "<script").count == 2, "one script on \(path)")
                #expect(page.body.contains("<script src=\"/static/app.js?v="), "external script on \(path)")
            }
            let css = try await client.get("/static/app.css")
            #expect(css.body.contains("@media print") && css.body.contains("max-width:768px"))
            // The icon the head names is served (browsers ask for /favicon.ico by themselves too).
            let icon = try await client.get("/favicon.ico")
            #expect(icon.status == 200 && icon.headers.contentType?.subType == "svg+xml" && icon.body.contains("<svg"))
        }
    }
}
