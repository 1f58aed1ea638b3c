# SearchService image: build with the SDK, run on the smaller ASP.NET runtime as the non-root `app` user.
# (No "# syntax=" line and no RUN --mount: both need BuildKit features this project's CI cannot fetch.)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Project files first: the restore layer stays cached until a package or project reference changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/SearchService.Core/SearchService.Core.csproj src/SearchService.Core/
COPY src/SearchService.Worker/SearchService.Worker.csproj src/SearchService.Worker/
COPY src/SearchService.Api/SearchService.Api.csproj src/SearchService.Api/
RUN dotnet restore src/SearchService.Api/SearchService.Api.csproj

COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/SearchService.Api/SearchService.Api.csproj -c Release -o /app/publish --no-restore /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
# Logs are one JSON object per line for a log shipper; `dotnet run` keeps the readable text.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Search__DocumentsPath=/data/documents \
    Search__IndexPath=/data/index \
    Logging__Console__FormatterName=json

# The shipped article is the default corpus, so `docker run IMAGE` has something to search.
# Documents stay root-owned: the service only reads them (mounting them read-only works).
COPY index-data/ /data/documents/
# The index must be writable by `app`; a new named volume copies this ownership.
RUN mkdir -p /data/index && chown "$APP_UID:$APP_UID" /data/index
COPY --from=build /app/publish ./
# The image starts with the shipped articles indexed, so `docker run IMAGE search "ماسك"` answers at once and the
# service is ready without a first pass; `app` owns the index (a new volume copies it) and keeps it in step.
RUN dotnet SearchService.Api.dll index && chown -R "$APP_UID:$APP_UID" /data/index

USER $APP_UID
VOLUME ["/data/documents", "/data/index"]
EXPOSE 8080
# The aspnet image has no curl: the app probes its own /readyz.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["dotnet", "SearchService.Api.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "SearchService.Api.dll"]
