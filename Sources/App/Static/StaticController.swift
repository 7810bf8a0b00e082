import Vapor

/// Files served from memory: the stylesheet and the script, cacheable for a year because
/// their URLs carry a version.
struct StaticController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.stylesheet, use: stylesheet)
        routes.get(.script, use: script)
    }

    @Sendable func script(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.script))
    }

    @Sendable func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
