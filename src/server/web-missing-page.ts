/**
 * What a browser gets when the server runs without a built web app (`npx mieruka serve` on a
 * fresh checkout): how to build it, in Japanese and English, instead of a bare JSON 404.
 */
export const WEB_MISSING_PAGE = `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mieruka — 画面が未ビルドです</title></head>
<body>
<main>
<h1>Mieruka（見える化）</h1>
<p>API は動いていますが、Web 画面がまだビルドされていません。次のコマンドでビルドしてから再読み込みしてください。</p>
<pre>npm run build:web</pre>
<p>（<code>npm start</code> はビルドしてから起動します。）</p>
<p lang="en">The API is running, but the web app has not been built. Run <code>npm run build:web</code>
(or start with <code>npm start</code>, which builds it) and reload this page.
The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</main>
</body>
</html>
`;
