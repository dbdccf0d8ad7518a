# syntax=docker/dockerfile:1
# The host as a container image: built with the .NET SDK image, run on the ASP.NET Core runtime image as its
# non-root user. Configure it with environment variables (README, "Configuration"); outside Development the host
# needs at least Jwt__SigningKey. compose.yaml runs it on SQL Server and Kafka.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.nuget/packages \
    dotnet publish Host/Ecommerce.Host.csproj --configuration Release --output /app \
 && dotnet publish deploy/Ecommerce.HealthProbe/Ecommerce.HealthProbe.csproj --configuration Release --output /app/probe

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# SQLite files (the default provider) go to a volume the non-root user owns, and only that user may open.
RUN mkdir /data && chown "$APP_UID" /data && chmod 700 /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__DataDirectory=/data
VOLUME /data
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl or wget; the probe is a small .NET program of ours (deploy/Ecommerce.HealthProbe).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/probe/Ecommerce.HealthProbe.dll"]
ENTRYPOINT ["dotnet", "Ecommerce.Host.dll"]
