// Ported from appwrite/appwrite 1.5.11 tests/e2e/Services (see each test's comment for its PHP origin).
// Translated mechanically from PHP, then adapted by hand where marked `adapted:`.
/* eslint-disable */
import { beforeAll, describe, it } from 'vitest';
import { CURLFile, imagick, __DIR__, filesize, md5, md5_file, mime_content_type, loadResources, realpath, resource } from './support/resources.ts';
import { requireSetup, array_merge, call, count, filter_var, FILTER_VALIDATE_IP, getLastRequest, str_repeat, DatetimeValidator, DateTime, DateTimeValidator, expect, urlencode, getHeaders, getLastEmail, getProject, getUser, ID, isArray, isEmpty, isNumeric, Permission, projectId, Query, Role, sleep, strlen, strpos, substr, uniqid, useEmulator } from './support/appwrite.ts';

useEmulator();
beforeAll(loadResources);

describe('storage (StorageCustomClientTest)', () => {
  const data: any = {};
  // StoragePermissionsScope's helpers (adapted: async, so their callers await them). Teams and memberships are
  // made with the project's API key, which the emulator serves.
  const createdUsers: Record<string, any> = {};
  const serverHeader = (): Record<string, string> => ({ 'content-type': 'application/json', 'x-appwrite-project': projectId(), 'x-appwrite-key': getProject()['apiKey'] });
  const this_createUser = async (id: string, email: string, password = 'test123!'): Promise<any> => {
    const headers = { origin: 'http://localhost', 'content-type': 'application/json', 'x-appwrite-project': projectId() };
    const user = await call('POST', '/account', headers, { userId: id, email, password });
    expect(user['headers']['status-code']).toEqual(201);
    const session = await call('POST', '/account/sessions/email', headers, { email, password });
    const created = { $id: user['body']['$id'], email: user['body']['email'], session: session['cookies']['a_session_' + projectId()] };
    createdUsers[id] = created;
    return created;
  };
  const this_createTeam = async (id: string, name: string): Promise<any> => (await call('POST', '/teams', serverHeader(), { teamId: id, name }))['body'];
  const this_addToTeam = async (user: string, team: string, roles: string[] = []): Promise<any> => {
    const membership = await call('POST', '/teams/' + team + '/memberships', serverHeader(), {
      teamId: team, email: createdUsers[user]?.email, roles, url: 'http://localhost:5000/join-us#title',
    });
    return { user: membership['body']['userId'], membership: membership['body']['$id'] };
  };
  // adapted: testFilePreviewZstdCompression depends on testCreateBucketFileZstdCompression's own result.
  const zstdData: any = {};
  // StorageBase::testCreateBucketFile
  it('testCreateBucketFile', async () => {
    let bucket: any, bucketId: any, file: any, dateValidator: any, bucket2: any, source: any, totalSize: any, chunkSize: any, handle: any, fileId: any, mimeType: any, counter: any, size: any, headers: any, id: any, curlFile: any, largeFile: any, res: any, failedBucket: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            fileSecurity: true,
            maximumFileSize: 2000000, 
            allowedFileExtensions: ['jpg', 'png', 'jfif'],
            permissions: [
                Permission.read(Role.any()),
                Permission.create(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        bucketId = bucket['body']['$id'];
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(file['headers']['status-code']).toEqual(201);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        dateValidator = new DatetimeValidator();
        expect(dateValidator.isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('logo.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        expect(md5_file(realpath(__DIR__ + '/../../../resources/logo.png')) == file['body']['signature']).toBe(true);
        bucket2 = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket 2',
            fileSecurity: true,
            permissions: [
                Permission.create(Role.any()),
            ],
        });
        requireSetup(bucket2); // adapted: server-side setup (API key), not counted
        source = __DIR__ + "/../../../resources/disk-a/large-file.mp4";
        totalSize = filesize(source);
        chunkSize = 5 * 1024 * 1024;
        // adapted: PHP reads the file with fopen/fread in a loop; the same chunks are sliced from the bytes.
        fileId = 'unique()';
        mimeType = mime_content_type(source);
        counter = 0;
        size = filesize(source);
        headers = {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId()
        };
        id = '';
        while (counter * chunkSize < size) {
            curlFile = new File([new Uint8Array(resource(source).subarray(counter * chunkSize, counter * chunkSize + chunkSize))], 'large-file.mp4', { type: mimeType });
            headers['content-range'] = 'bytes ' + (counter * chunkSize) + '-' + Math.min((((counter * chunkSize) + chunkSize) - 1), size - 1) + '/' + size;
            if (!isEmpty(id)) {
                headers['x-appwrite-id'] = id;
            }
            largeFile = await call('POST', '/storage/buckets/' + bucket2['body']['$id'] + '/files', array_merge(headers, (await getHeaders())), {
                fileId: fileId,
                file: curlFile,
                permissions: [
                    Permission.read(Role.any())
                ],
            });
            counter++;
            id = largeFile['body']['$id'];
        }
        expect(largeFile['headers']['status-code']).toEqual(201);
        expect(isEmpty(largeFile['body']['$id'])).toBe(false);
        expect(dateValidator.isValid(largeFile['body']['$createdAt'])).toEqual(true);
        expect(largeFile['body']['name']).toEqual('large-file.mp4');
        expect(largeFile['body']['mimeType']).toEqual('video/mp4');
        expect(largeFile['body']['sizeOriginal']).toEqual(totalSize);
        expect(largeFile['body']['signature']).toEqual(md5_file(realpath(__DIR__ + '/../../../resources/disk-a/large-file.mp4'))); 
        source = __DIR__ + "/../../../resources/disk-a/large-file.mp4";
        totalSize = filesize(source);
        chunkSize = 12 * 1024 * 1024;
        fileId = 'unique()';
        mimeType = mime_content_type(source);
        counter = 0;
        size = filesize(source);
        headers = {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId()
        };
        id = '';
        curlFile = new File([new Uint8Array(resource(source).subarray(0, chunkSize))], 'large-file.mp4', { type: mimeType });
        headers['content-range'] = 'bytes ' + (counter * chunkSize) + '-' + Math.min((((counter * chunkSize) + chunkSize) - 1), size - 1) + '/' + size;
        res = await call('POST', '/storage/buckets/' + bucket2['body']['$id'] + '/files', (await getHeaders()), {
            fileId: fileId,
            file: curlFile,
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });

        expect(res['headers']['status-code']).toEqual(413);
        res = await call('POST', '/storage/buckets/empty/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(res['headers']['status-code']).toEqual(404);
        res = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/disk-b/kitten-1.png'), 'image/png', 'kitten-1.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(res['headers']['status-code']).toEqual(400);
        expect(res['body']['message']).toEqual('File size not allowed');
        res = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/disk-a/kitten-3.gif'), 'image/gif', 'kitten-3.gif'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(res['headers']['status-code']).toEqual(400);
        expect(res['body']['message']).toEqual('File extension not allowed');
        // adapted: the PHP test also checks that the server API refuses a bucket over the storage limit; bucket creation is server-side, not emulated.
        source = realpath(__DIR__ + '/../../../resources/logo.png');
        totalSize = filesize(source);
        res = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            'content-range': 'bytes 0-' + size + '/' + size,
            'x-appwrite-id': 'unique()',
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(source, 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(res['headers']['status-code']).toEqual(400);
        expect(res['body']['type']).toEqual('storage_invalid_appwrite_id');
        Object.assign(data, {bucketId: bucketId, fileId: file['body']['$id'],  largeFileId: largeFile['body']['$id'], largeBucketId: bucket2['body']['$id']});
  });
  // StorageBase::testCreateBucketFileZstdCompression
  it('testCreateBucketFileZstdCompression', async () => {
    let bucket: any, bucketId: any, file: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            fileSecurity: true,
            maximumFileSize: 2000000, 
            allowedFileExtensions: ["jpg", "png"],
            compression: 'zstd',
            permissions: [
                Permission.read(Role.any()),
                Permission.create(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        expect(bucket['body']['compression']).toEqual('zstd');
        bucketId = bucket['body']['$id'];
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(file['headers']['status-code']).toEqual(201);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('logo.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        expect(md5_file(realpath(__DIR__ + '/../../../resources/logo.png')) == file['body']['signature']).toBe(true);
        Object.assign(zstdData, {bucketId: bucketId});
  });
  // StorageBase::testCreateBucketFileNoCollidingId
  it('testCreateBucketFileNoCollidingId', async () => {
    let bucket: any, bucketId: any, fileId: any, file: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            maximumFileSize: 2000000, 
            allowedFileExtensions: ["jpg", "png"],
            permissions: [
                Permission.read(Role.any()),
                Permission.create(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        bucketId = bucket['body']['$id'];
        fileId = ID.unique();
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: fileId,
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'logo.png'),
        });
        expect(file['headers']['status-code']).toEqual(201);
        expect(file['body']['$id']).toEqual(fileId);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: fileId,
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/file.png'), 'image/png', 'file.png'),
        });
        expect(file['headers']['status-code']).toEqual(409);
  });
  // StorageBase::testListBucketFiles
  it('testListBucketFiles', async () => {
    let files: any;
        files = await call('GET', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(files['headers']['status-code']).toEqual(200);
        expect(files['body']['total']).toBeGreaterThan(0);
        expect(count(files['body']['files'])).toBeGreaterThan(0);
        files = await call('GET', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.limit(1),
            ],
        });
        expect(files['headers']['status-code']).toEqual(200);
        expect(count(files['body']['files'])).toEqual(1);
        files = await call('GET', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.offset(1),
            ],
        });
        expect(files['headers']['status-code']).toEqual(200);
        expect(count(files['body']['files'])).toEqual(0);
        files = await call('GET', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('mimeType', ['image/png']),
            ],
        });
        expect(files['headers']['status-code']).toEqual(200);
        expect(count(files['body']['files'])).toEqual(1);
        files = await call('GET', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('mimeType', ['image/jpeg']),
            ],
        });
        expect(files['headers']['status-code']).toEqual(200);
        expect(count(files['body']['files'])).toEqual(0);
        files = await call('GET', '/storage/buckets/empty/files', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(files['headers']['status-code']).toEqual(404);
        return data;
  });
  // StorageBase::testGetBucketFile
  it('testGetBucketFile', async () => {
    let bucketId: any, file1: any, file2: any, fileJfif: any, preview: any, file3: any, image: any, original: any, file4: any, file5: any, file51: any, path: any, originalChunk: any, file52: any, file53: any, file54: any, file6: any, file7: any, fileData: any, file8: any;
        bucketId = data['bucketId'];
        file1 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file1['headers']['status-code']).toEqual(200);
        expect(isEmpty(file1['body']['$id'])).toBe(false);
        expect((new DatetimeValidator()).isValid(file1['body']['$createdAt'])).toEqual(true);
        expect(file1['body']['name']).toEqual('logo.png');
        expect(file1['body']['mimeType']).toEqual('image/png');
        expect(file1['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        expect(isArray(file1['body']['$permissions'])).toBe(true);
        expect(count(file1['body']['$permissions'])).toBe(3);
        file2 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file2['headers']['status-code']).toEqual(200);
        expect(file2['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file2['body'])).toBe(false);
        fileJfif = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/disk-a/preview-test.jfif'), 'image/jxl', 'preview-test.jfif'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(fileJfif['headers']['status-code']).toEqual(201);
        expect(isEmpty(fileJfif['body']['$id'])).toBe(false);
        preview = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileJfif['body']['$id'] + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(preview['headers']['status-code']).toEqual(200);
        expect(preview['headers']['content-type']).toEqual('image/jpeg');
        expect(isEmpty(preview['body'])).toBe(false);
        file3 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            width: 300,
            height: 100,
            borderRadius: '50',
            opacity: '0.5',
            output: 'png',
            rotation: '45',
        });
        expect(file3['headers']['status-code']).toEqual(200);
        expect(file3['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file3['body'])).toBe(false);
        image = await imagick(file3['body']);
        original = { getImageWidth: () => 284, getImageHeight: () => 284 }; // adapted: size of Appwrite's tests/resources/logo-after.png
        expect(original.getImageWidth()).toEqual(image.getImageWidth());
        expect(original.getImageHeight()).toEqual(image.getImageHeight());
        expect(image.getImageFormat()).toEqual('PNG');
        file4 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            width: 200,
            height: 80,
            borderWidth: '5',
            borderColor: 'ff0000',
            output: 'jpg',
        });
        expect(file4['headers']['status-code']).toEqual(200);
        expect(file4['headers']['content-type']).toEqual('image/jpeg');
        expect(isEmpty(file4['body'])).toBe(false);
        image = await imagick(file4['body']);
        original = { getImageWidth: () => 210, getImageHeight: () => 90 }; // adapted: size of Appwrite's tests/resources/logo-after.jpg
        expect(original.getImageWidth()).toEqual(image.getImageWidth());
        expect(original.getImageHeight()).toEqual(image.getImageHeight());
        expect(image.getImageFormat()).toEqual('JPEG');
        file5 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file5['headers']['status-code']).toEqual(200);
        expect(file5['headers']['content-disposition']).toEqual('attachment; filename="logo.png"');
        expect(file5['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file5['body'])).toBe(false);
        file51 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            Range: 'bytes=0-99',
        }, (await getHeaders())));
        path = __DIR__ + '/../../../resources/logo.png';
        originalChunk = resource(path).subarray(0, 100);
        expect(file51['headers']['status-code']).toEqual(206);
        expect(file51['headers']['content-disposition']).toEqual('attachment; filename="logo.png"');
        expect(file51['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file51['body'])).toBe(false);
        expect(file51['body']).toEqual(originalChunk);
        file52 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            Range: 'bytes=0-',
        }, (await getHeaders())));
        expect(file52['headers']['status-code']).toEqual(206);
        file53 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            Range: 'bytes=988',
        }, (await getHeaders())));
        expect(file53['headers']['status-code']).toEqual(416);
        file54 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            Range: 'bytes=-988',
        }, (await getHeaders())));
        expect(file54['headers']['status-code']).toEqual(416);
        file6 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/view', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file6['headers']['status-code']).toEqual(200);
        expect(file6['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file6['body'])).toBe(false);
        file7 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + data['fileId'] + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            width: 300,
            height: 100,
            borderRadius: '50',
            opacity: '0.5',
            output: 'png',
            rotation: '-315',
        });
        expect(file7['headers']['status-code']).toEqual(200);
        expect(file7['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file7['body'])).toBe(false);
        image = await imagick(file7['body']);
        original = { getImageWidth: () => 284, getImageHeight: () => 284 }; // adapted: size of Appwrite's tests/resources/logo-after.png
        expect(original.getImageWidth()).toEqual(image.getImageWidth());
        expect(original.getImageHeight()).toEqual(image.getImageHeight());
        expect(image.getImageFormat()).toEqual('PNG');
        file7 = await call('GET', '/storage/buckets/' + data['largeBucketId'] + '/files/' + data['largeFileId'] + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        fileData = file7['body'];
        expect(file7['headers']['status-code']).toEqual(200);
        expect(file7['headers']['content-disposition']).toEqual('attachment; filename="large-file.mp4"');
        expect(file7['headers']['content-type']).toEqual('video/mp4');
        expect(isEmpty(fileData)).toBe(false);
        expect(md5(fileData)).toEqual(md5_file(realpath(__DIR__ + '/../../../resources/disk-a/large-file.mp4'))); 
        file8 = await call('GET', '/storage/buckets/empty/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            limit: 2
        });
        expect(file8['headers']['status-code']).toEqual(404);
        return data;
  });
  // StorageBase::testFilePreviewCache
  it('testFilePreviewCache', async () => {
    let bucketId: any, file: any, fileId: any, file3: any, imageBefore: any, imageAfter: any;
        bucketId = data['bucketId'];
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.custom('testcache'),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(file['headers']['status-code']).toEqual(201);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        fileId = file['body']['$id'];
        file3 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            width: 300,
            height: 100,
            borderRadius: '50',
            opacity: '0.5',
            output: 'png',
            rotation: '45',
        });
        expect(file3['headers']['status-code']).toEqual(200);
        expect(file3['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file3['body'])).toBe(false);
        imageBefore = await imagick(file3['body']);
        file = await call('DELETE', '/storage/buckets/' + data['bucketId'] + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.custom('testcache'),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/disk-b/kitten-2.png'), 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(file['headers']['status-code']).toEqual(201);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        file3 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            width: 300,
            height: 100,
            borderRadius: '50',
            opacity: '0.5',
            output: 'png',
            rotation: '45',
        });
        expect(file3['headers']['status-code']).toEqual(200);
        expect(file3['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file3['body'])).toBe(false);
        imageAfter = await imagick(file3['body']);
        expect(imageAfter.getImageBlob()).not.toEqual(imageBefore.getImageBlob());
        return data;
  });
  // StorageBase::testFilePreviewZstdCompression
  it('testFilePreviewZstdCompression', async () => {
    let bucketId: any, file: any, fileId: any, file3: any;
        bucketId = zstdData['bucketId'];
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'logo.png'),
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        expect(file['headers']['status-code']).toEqual(201);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        fileId = file['body']['$id'];
        file3 = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            width: 300,
            height: 100,
            borderRadius: '50',
            opacity: '0.5',
            output: 'png',
            rotation: '45',
        });
        expect(file3['headers']['status-code']).toEqual(200);
        expect(file3['headers']['content-type']).toEqual('image/png');
        expect(isEmpty(file3['body'])).toBe(false);
        return data;
  });
  // StorageBase::testUpdateBucketFile
  it('testUpdateBucketFile', async () => {
    let file: any, dateValidator: any;
        file = await call('PUT', '/storage/buckets/' + data['bucketId'] + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            name: 'logo_updated.png',
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        expect(file['headers']['status-code']).toEqual(200);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        dateValidator = new DatetimeValidator();
        expect(dateValidator.isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('logo_updated.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        expect(isArray(file['body']['$permissions'])).toBe(true);
        expect(count(file['body']['$permissions'])).toBe(3);
        file = await call('PUT', '/storage/buckets/empty/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        expect(file['headers']['status-code']).toEqual(404);
        return data;
  });
  // StorageBase::testDeleteBucketFile
  it('testDeleteBucketFile', async () => {
    let file: any;
        file = await call('DELETE', '/storage/buckets/' + data['bucketId'] + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
        file = await call('GET', '/storage/buckets/' + data['bucketId'] + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(404);
        return data;
  });

  // StorageCustomClientTest::testCachedFilePreview
  it('testCachedFilePreview', async () => {
    let bucket: any, bucketId: any, file: any, fileId: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            fileSecurity: true,
            permissions: [],
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        fileId = file['body']['$id'];
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(404);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            name: 'permissions.png',
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            name: 'permissions.png',
            permissions: [],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(404);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        });
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
  });
  // StorageCustomClientTest::testBucketAnyPermissions
  it('testBucketAnyPermissions', async () => {
    let bucket: any, bucketId: any, file: any, fileId: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [
                Permission.read(Role.any()),
                Permission.create(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        fileId = file['body']['$id'];
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, {
            name: 'permissions.png',
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
  });
  // StorageCustomClientTest::testBucketUsersPermissions
  it('testBucketUsersPermissions', async () => {
    let bucket: any, bucketId: any, file: any, fileId: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [
                Permission.read(Role.users()),
                Permission.create(Role.users()),
                Permission.update(Role.users()),
                Permission.delete(Role.users()),
            ],
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        fileId = file['body']['$id'];
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            name: 'permissions.png',
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, {
            permissions: [],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
  });
  // StorageCustomClientTest::testBucketUserPermissions
  it('testBucketUserPermissions', async () => {
    let bucket: any, bucketId: any, file: any, fileId: any, email: any, password: any, user2: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ],
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        fileId = file['body']['$id'];
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            name: 'permissions.png',
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(401);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, {
            name: 'permissions.png',
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(401).toEqual(file['headers']['status-code']);
        email = ID.unique() + '@localhost.test';
        password = 'password';
        user2 = await this_createUser('user2', email, password);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            permissions: [],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
  });
  // StorageCustomClientTest::testBucketTeamPermissions
  it('testBucketTeamPermissions', async () => {
    let team1: any, team2: any, user1: any, user2: any, bucket: any, bucketId: any, file: any, fileId: any;
        team1 = await this_createTeam(ID.unique(), 'Team 1');
        team2 = await this_createTeam(ID.unique(), 'Team 1');
        user1 = await this_createUser(ID.unique(), ID.unique() + '@localhost.test', 'password');
        user2 = await this_createUser(ID.unique(), ID.unique() + '@localhost.test', 'password');
        await this_addToTeam(user1['$id'], team1['$id']);
        await this_addToTeam(user2['$id'], team2['$id']);
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [
                Permission.read(Role.team(ID.custom(team1['$id']))),
                Permission.read(Role.team(ID.custom(team2['$id']))),
                Permission.create(Role.team(ID.custom(team1['$id']))),
                Permission.update(Role.team(ID.custom(team1['$id']))),
                Permission.delete(Role.team(ID.custom(team1['$id']))),
            ],
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        fileId = file['body']['$id'];
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            permissions: [],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
  });
  // StorageCustomClientTest::testFileAnyPermissions
  it('testFileAnyPermissions', async () => {
    let bucket: any, bucketId: any, file1: any, fileId: any, file: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [],
            fileSecurity: true
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file1 = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            permissions: [
                Permission.read(Role.any()),
            ],
        });
        fileId = file1['body']['$id'];
        expect(201).toEqual(file1['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file1['body']['$createdAt'])).toEqual(true);
        expect(file1['body']['name']).toEqual('permissions.png');
        expect(file1['body']['mimeType']).toEqual('image/png');
        expect(file1['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(file['headers']['status-code']).toEqual(401);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(file['headers']['status-code']).toEqual(401);
  });
  // StorageCustomClientTest::testFileUsersPermissions
  it('testFileUsersPermissions', async () => {
    let bucket: any, bucketId: any, file1: any, fileId: any, file: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [],
            fileSecurity: true
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file1 = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            permissions: [
                Permission.read(Role.users()),
            ],
        });
        fileId = file1['body']['$id'];
        expect(201).toEqual(file1['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file1['body']['$createdAt'])).toEqual(true);
        expect(file1['body']['name']).toEqual('permissions.png');
        expect(file1['body']['mimeType']).toEqual('image/png');
        expect(file1['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(file['headers']['status-code']).toEqual(401);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(401);
  });
  // StorageCustomClientTest::testFileUserPermissions
  it('testFileUserPermissions', async () => {
    let bucket: any, bucketId: any, file1: any, fileId: any, file: any, user2: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [],
            fileSecurity: true
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file1 = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        fileId = file1['body']['$id'];
        expect(201).toEqual(file1['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file1['body']['$createdAt'])).toEqual(true);
        expect(file1['body']['name']).toEqual('permissions.png');
        expect(file1['body']['mimeType']).toEqual('image/png');
        expect(file1['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(file['headers']['status-code']).toEqual(401);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(file['headers']['status-code']).toEqual(401);
        user2 = await this_createUser(ID.unique(), uniqid() + '@localhost.test', 'password');
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(404).toEqual(file['headers']['status-code']);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            permissions: [],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(401).toEqual(file['headers']['status-code']);
  });
  // StorageCustomClientTest::testFileTeamPermissions
  it('testFileTeamPermissions', async () => {
    let team1: any, team2: any, user1: any, user2: any, bucket: any, bucketId: any, file: any, fileId: any;
        team1 = await this_createTeam(ID.unique(), 'Team 1');
        team2 = await this_createTeam(ID.unique(), 'Team 1');
        user1 = await this_createUser(ID.unique(), ID.unique() + '@localhost.test', 'password');
        user2 = await this_createUser(ID.unique(), ID.unique() + '@localhost.test', 'password');
        await this_addToTeam(user1['$id'], team1['$id']);
        await this_addToTeam(user2['$id'], team2['$id']);
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [],
            fileSecurity: true,
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            permissions: [
                Permission.read(Role.team(ID.custom(team1['$id']))),
                Permission.read(Role.team(ID.custom(team2['$id']))),
                Permission.update(Role.team(ID.custom(team1['$id']))),
                Permission.delete(Role.team(ID.custom(team1['$id']))),
            ],
        });
        fileId = file['body']['$id'];
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(fileId)).toBe(false);
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/preview', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/download', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('GET', '/storage/buckets/' + bucketId + '/files/' + fileId + '/view', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(file['headers']['status-code']).toEqual(200);
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        file = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('PUT', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        }, {
            permissions: [],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user2['session'],
        });
        expect(401).toEqual(file['headers']['status-code']);
        file = await call('DELETE', '/storage/buckets/' + bucketId + '/files/' + fileId, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + user1['session'],
        });
        expect(file['headers']['status-code']).toEqual(204);
        expect(isEmpty(file['body'])).toBe(true);
  });
  // StorageCustomClientTest::testAllowedPermissions
  it('testAllowedPermissions', async () => {
    let bucket: any, bucketId: any, file1: any, file2: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            permissions: [
                Permission.write(Role.user((await getUser())['$id'])),
            ],
            fileSecurity: true,
        });
        bucketId = bucket['body']['$id'];
        requireSetup(bucket); // adapted: server-side setup; its checks that the server API expands write() are left out
        file1 = await call('POST', '/storage/buckets/' + bucketId + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            permissions: [
                Permission.write(Role.user((await getUser())['$id'])),
            ]
        });
        expect(file1['body']['$permissions']).not.toContain(Permission.create(Role.user((await getUser())['$id'])));
        expect(file1['body']['$permissions']).toContain(Permission.update(Role.user((await getUser())['$id'])));
        expect(file1['body']['$permissions']).toContain(Permission.delete(Role.user((await getUser())['$id'])));
        file2 = await call('POST', '/storage/buckets/' + bucketId + '/files', {
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
            ]
        });
        expect(file2['headers']['status-code']).toEqual(400);
  });
  // StorageCustomClientTest::testCreateFileDefaultPermissions
  it('testCreateFileDefaultPermissions', async () => {
    let bucket: any, file: any;
        bucket = await call('POST', '/storage/buckets', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey'],
        }, {
            bucketId: ID.unique(),
            name: 'Test Bucket',
            fileSecurity: true,
            permissions: [
                Permission.read(Role.any()),
                Permission.create(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ],
        });
        requireSetup(bucket); // adapted: server-side setup (API key), not counted
        file = await call('POST', '/storage/buckets/' + bucket['body']['$id'] + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
        });
        expect(201).toEqual(file['headers']['status-code']);
        expect(isEmpty(file['body']['$id'])).toBe(false);
        expect(file['body']['$permissions']).toContain(Permission.read(Role.user((await getUser())['$id'])));
        expect(file['body']['$permissions']).toContain(Permission.update(Role.user((await getUser())['$id'])));
        expect(file['body']['$permissions']).toContain(Permission.delete(Role.user((await getUser())['$id'])));
        expect((new DatetimeValidator()).isValid(file['body']['$createdAt'])).toEqual(true);
        expect(file['body']['name']).toEqual('permissions.png');
        expect(file['body']['mimeType']).toEqual('image/png');
        expect(file['body']['sizeOriginal']).toEqual(filesize('logo.png')); // adapted: the size of the stand-in logo.png;
        Object.assign(data, {fileId: file['body']['$id'], bucketId: bucket['body']['$id']});
  });
  // StorageCustomClientTest::testCreateFileAbusePermissions
  it('testCreateFileAbusePermissions', async () => {
    let file: any;
        file = await call('POST', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            folderId: ID.custom('xyz'),
            permissions: [
                Permission.read(Role.user(ID.custom('notme'))),
            ],
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(String(file['body']['message']).startsWith('Permissions must be one of:')).toBe(true);
        expect(file['body']['message']).toContain('any');
        expect(file['body']['message']).toContain('users');
        expect(file['body']['message']).toContain('user:' + (await getUser())['$id']);
        file = await call('POST', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            folderId: ID.custom('xyz'),
            permissions: [
                Permission.update(Role.user(ID.custom('notme'))),
                Permission.delete(Role.user(ID.custom('notme'))),
            ]
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(String(file['body']['message']).startsWith('Permissions must be one of:')).toBe(true);
        expect(file['body']['message']).toContain('any');
        expect(file['body']['message']).toContain('users');
        expect(file['body']['message']).toContain('user:' + (await getUser())['$id']);
        file = await call('POST', '/storage/buckets/' + data['bucketId'] + '/files', array_merge({
            'content-type': 'multipart/form-data',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            fileId: ID.unique(),
            file: new CURLFile(realpath(__DIR__ + '/../../../resources/logo.png'), 'image/png', 'permissions.png'),
            folderId: ID.custom('xyz'),
            permissions: [
                Permission.read(Role.user(ID.custom('notme'))),
                Permission.update(Role.user(ID.custom('notme'))),
                Permission.delete(Role.user(ID.custom('notme'))),
            ],
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(String(file['body']['message']).startsWith('Permissions must be one of:')).toBe(true);
        expect(file['body']['message']).toContain('any');
        expect(file['body']['message']).toContain('users');
        expect(file['body']['message']).toContain('user:' + (await getUser())['$id']);
  });
  // StorageCustomClientTest::testUpdateFileAbusePermissions
  it('testUpdateFileAbusePermissions', async () => {
    let file: any;
        file = await call('PUT', '/storage/buckets/' + data['bucketId'] + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            permissions: [
                Permission.read(Role.user(ID.custom('notme'))),
            ],
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(String(file['body']['message']).startsWith('Permissions must be one of:')).toBe(true);
        expect(file['body']['message']).toContain('any');
        expect(file['body']['message']).toContain('users');
        expect(file['body']['message']).toContain('user:' + (await getUser())['$id']);
        file = await call('PUT', '/storage/buckets/' + data['bucketId'] + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            permissions: [
                Permission.update(Role.user(ID.custom('notme'))),
                Permission.delete(Role.user(ID.custom('notme'))),
            ]
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(String(file['body']['message']).startsWith('Permissions must be one of:')).toBe(true);
        expect(file['body']['message']).toContain('any');
        expect(file['body']['message']).toContain('users');
        expect(file['body']['message']).toContain('user:' + (await getUser())['$id']);
        file = await call('PUT', '/storage/buckets/' + data['bucketId'] + '/files/' + data['fileId'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            permissions: [
                Permission.read(Role.user(ID.custom('notme'))),
                Permission.update(Role.user(ID.custom('notme'))),
                Permission.delete(Role.user(ID.custom('notme'))),
            ],
        });
        expect(file['headers']['status-code']).toEqual(401);
        expect(String(file['body']['message']).startsWith('Permissions must be one of:')).toBe(true);
        expect(file['body']['message']).toContain('any');
        expect(file['body']['message']).toContain('users');
        expect(file['body']['message']).toContain('user:' + (await getUser())['$id']);
  });

});
