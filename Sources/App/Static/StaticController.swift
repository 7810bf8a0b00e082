import Vapor

/// Files served from memory: the stylesheet, cacheable for a year because its URL carries a version.
struct StaticController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.stylesheet, use: stylesheet)
    }

    @Sendable func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
