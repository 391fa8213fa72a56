/** Administration for admins: the users (search, disable and enable, role). The API decides; the page only asks. */
package com.qh.web.admin;
